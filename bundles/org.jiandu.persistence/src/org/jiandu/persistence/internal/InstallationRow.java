package org.jiandu.persistence.internal;

import java.time.Instant;

import org.jiandu.core.SetupService;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row saying what this database is (demo or real) and for which county; absent before setup. */
@Entity
@Table(name = "INSTALLATION")
public class InstallationRow {

    static final int ID = 1;

    @Id
    private int id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private SetupService.State kind;

    @Column(name = "COUNTY", length = 64)
    private String county;

    @Column(name = "SET_UP_AT", nullable = false)
    private Instant setUpAt;

    protected InstallationRow() {
    }

    InstallationRow(SetupService.State kind, String county) {
        this.id = ID;
        this.kind = kind;
        this.county = county;
        this.setUpAt = Instant.now();
    }

    SetupService.State kind() { return kind; }
    String county() { return county; }
}
