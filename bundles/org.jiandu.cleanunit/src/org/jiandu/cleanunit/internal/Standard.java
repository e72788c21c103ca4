package org.jiandu.cleanunit.internal;

import java.time.Instant;

import org.jiandu.cleanunit.CleanUnitKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A published standard version; its content is the text form (IndicatorSetFormat), never updated. */
@Entity(name = "CuStandard")
@Table(name = "CU_STANDARD")
@SequenceGenerator(name = "CU_SEQ", sequenceName = "CU_SEQ", allocationSize = 100)
public class Standard {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CleanUnitKind kind;
    @Column(name = "VERSION_NO", nullable = false)
    int versionNo;
    @Column(nullable = false, length = 200)
    String title;
    @Lob
    @Column(nullable = false)
    String content;
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    /** The county whose own standard this is (its path), or null for the city's, which every other county uses. */
    @Column(name = "OWNER_PATH", length = 400)
    String ownerPath;
}
