package org.jiandu.search.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A folder of an archive that has been indexed: its jurisdiction, case, and whether the workbench watches it. */
@Entity
@Table(name = "ARCHIVE_FOLDER")
@SequenceGenerator(name = "ARCHIVE_FOLDER_SEQ", sequenceName = "ARCHIVE_FOLDER_SEQ", allocationSize = 10)
public class ArchiveFolder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ARCHIVE_FOLDER_SEQ")
    long id;

    @Version
    long version;

    @Column(nullable = false, unique = true, length = 1000)
    String path;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "CASE_NO", length = 64)
    String caseNo;

    @Column(nullable = false)
    boolean watched;

    @Column(name = "LAST_INDEXED")
    Instant lastIndexed;
}
