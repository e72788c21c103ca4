package org.jiandu.core.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 协作区: townships of one county grouped for joint petitions, cases and supervision (Zhashui has 5). */
@Entity
@Table(name = "COLLABORATION_ZONE")
@SequenceGenerator(name = "ZONE_SEQ", sequenceName = "ZONE_SEQ", allocationSize = 10)
public class CollaborationZone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ZONE_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 128)
    private String name;

    @ManyToOne(optional = false)
    private County county;

    @ManyToMany
    @JoinTable(name = "ZONE_TOWNSHIP", joinColumns = @JoinColumn(name = "ZONE_ID"), inverseJoinColumns = @JoinColumn(name = "TOWNSHIP_ID"))
    private List<Township> townships = new ArrayList<>();

    protected CollaborationZone() {
    }

    public CollaborationZone(String name, County county) {
        this.name = name;
        this.county = county;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public County getCounty() { return county; }
    public List<Township> getTownships() { return townships; }
}
