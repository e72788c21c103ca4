package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A negative event against a creation; resolved when the title is reinstated or revoked. */
@Entity(name = "CuEvent")
@Table(name = "CU_EVENT")
public class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Column(name = "CREATION_ID", nullable = false)
    long creationId;
    @Column(nullable = false, length = 16)
    String source;
    @Column(length = 100)
    String reference;
    @Column(nullable = false, length = 1000)
    String description;
    @Column(name = "OCCURRED_ON", nullable = false)
    LocalDate occurredOn;
    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
    @Column(nullable = false)
    boolean resolved;
}
