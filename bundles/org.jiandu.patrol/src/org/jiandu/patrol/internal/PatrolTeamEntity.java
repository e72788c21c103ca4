package org.jiandu.patrol.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A patrol team (巡察组) of a county: home zone, capacity per round, members. */
@Entity(name = "PatrolTeam")
@Table(name = "PT_TEAM")
@SequenceGenerator(name = "PT_TEAM_SEQ", sequenceName = "PT_TEAM_SEQ", allocationSize = 10)
public class PatrolTeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_TEAM_SEQ")
    long id;

    @Version
    long version;

    @Column(nullable = false, unique = true, length = 64)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    @Column(length = 64)
    String zone;

    @Column(nullable = false)
    int capacity;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "TEAM_ID", nullable = false)
    @OrderBy("name")
    List<PatrolMemberEntity> members = new ArrayList<>();
}
