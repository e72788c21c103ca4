package org.jiandu.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 纪检监察干部: a discipline inspection cadre, attached to the organisation they serve. */
@Entity
@Table(name = "CADRE", indexes = @Index(name = "IX_CADRE_ORG", columnList = "ORG_ID"))
@SequenceGenerator(name = "CADRE_SEQ", sequenceName = "CADRE_SEQ", allocationSize = 100)
public class Cadre {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CADRE_SEQ")
    private Long id;

    @Version
    private long version;

    /** Personnel number, unique within the installation. */
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @ManyToOne(optional = false)
    private OrgNode org;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Rank rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CadreRole role;

    @Column(name = "SINCE")
    private LocalDate since;

    @Column(nullable = false)
    private boolean active = true;

    /** The day the cadre left; the cadre keeps their history. Null while active. */
    @Column(name = "LEFT_ON")
    private LocalDate leftOn;

    protected Cadre() {
    }

    public Cadre(String code, String name, OrgNode org, Rank rank, CadreRole role, LocalDate since) {
        this.code = code;
        this.name = name;
        this.org = org;
        this.rank = rank;
        this.role = role;
        this.since = since;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrgNode getOrg() { return org; }
    public void setOrg(OrgNode org) { this.org = org; }
    public Rank getRank() { return rank; }
    public void setRank(Rank rank) { this.rank = rank; }
    public CadreRole getRole() { return role; }
    public void setRole(CadreRole role) { this.role = role; }
    public LocalDate getSince() { return since; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public void setSince(LocalDate since) { this.since = since; }
}
