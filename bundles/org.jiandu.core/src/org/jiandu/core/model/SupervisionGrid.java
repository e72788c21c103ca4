package org.jiandu.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 网格: part of a village with one integrity supervisor (廉勤监督员), as Luonan organises it. */
@Entity
@Table(name = "SUPERVISION_GRID")
@SequenceGenerator(name = "GRID_SEQ", sequenceName = "GRID_SEQ", allocationSize = 50)
public class SupervisionGrid {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GRID_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 128)
    private String name;

    @ManyToOne(optional = false)
    private Village village;

    @ManyToOne
    private Cadre supervisor;

    protected SupervisionGrid() {
    }

    public SupervisionGrid(String name, Village village, Cadre supervisor) {
        this.name = name;
        this.village = village;
        this.supervisor = supervisor;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Village getVillage() { return village; }
    public Cadre getSupervisor() { return supervisor; }
}
