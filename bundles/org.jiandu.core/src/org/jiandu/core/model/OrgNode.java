package org.jiandu.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the jurisdiction tree. The materialised {@link #getPath() path} ("/shangluo/danfeng/danfeng-03/")
 * lets scope checks and subtree counts run as one prefix query instead of a recursive walk.
 */
@Entity
@Table(name = "ORG_NODE", indexes = { @Index(name = "IX_ORG_PATH", columnList = "PATH"),
        @Index(name = "IX_ORG_PARENT", columnList = "PARENT_ID") })
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "ORG_LEVEL", discriminatorType = DiscriminatorType.STRING, length = 16)
@SequenceGenerator(name = "ORG_SEQ", sequenceName = "ORG_SEQ", allocationSize = 50)
public abstract class OrgNode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORG_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(name = "CODE", nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "NAME", nullable = false, length = 128)
    private String name;

    @Column(name = "PATH", nullable = false, length = 400)
    private String path;

    @ManyToOne
    private OrgNode parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT_KIND", length = 16)
    private UnitKind unitKind;

    /** The day the node was closed (merged, dissolved); it keeps its records. Null while open. */
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    protected OrgNode() {
    }

    protected OrgNode(String code, String name, OrgNode parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.path = (parent == null ? "/" : parent.getPath()) + code + "/";
    }

    public abstract OrgLevel getLevel();

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPath() { return path; }
    public OrgNode getParent() { return parent; }
    public UnitKind getUnitKind() { return unitKind; }
    public void setUnitKind(UnitKind unitKind) { this.unitKind = unitKind; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public boolean isClosed() { return closedOn != null; }

    /** Attaches the node below another parent; the caller rewrites the paths of its descendants with {@link #rebase}. */
    public void moveTo(OrgNode newParent) {
        this.parent = newParent;
        this.path = newParent.getPath() + code + "/";
    }

    /** Replaces the path prefix {@code oldPrefix} (an ancestor's former path) with {@code newPrefix}. */
    public void rebase(String oldPrefix, String newPrefix) {
        if (path.startsWith(oldPrefix)) {
            path = newPrefix + path.substring(oldPrefix.length());
        }
    }

    /** True when {@code other} is this node or lies below it. */
    public boolean contains(OrgNode other) {
        return other != null && other.getPath().startsWith(path);
    }

    @Override
    public String toString() {
        return getLevel() + " " + code + " " + name;
    }
}
