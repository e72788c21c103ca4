package org.jiandu.patrol.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A team member and what recusal needs: home township, workplaces with their last year, relatives' workplaces. */
@Entity(name = "PatrolMember")
@Table(name = "PT_MEMBER")
@SequenceGenerator(name = "PT_MEMBER_SEQ", sequenceName = "PT_MEMBER_SEQ", allocationSize = 50)
public class PatrolMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_MEMBER_SEQ")
    long id;

    @Column(nullable = false, length = 64)
    String name;

    @Column(name = "HOME_TOWNSHIP", length = 64)
    String homeTownship;

    /** Workplaces as {@code ORGCODE:LASTYEAR,...}. */
    @Column(length = 1000)
    String worked;

    /** Organisations where close relatives work, comma-separated codes. */
    @Column(length = 1000)
    String relatives;
}
