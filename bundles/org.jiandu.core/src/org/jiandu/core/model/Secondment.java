package org.jiandu.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 抽调/借调: a cadre working away from their post; the report counts those away for more than 3 months. */
@Entity
@Table(name = "SECONDMENT")
@SequenceGenerator(name = "SECONDMENT_SEQ", sequenceName = "SECONDMENT_SEQ", allocationSize = 50)
public class Secondment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SECONDMENT_SEQ")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    private Cadre cadre;

    @Column(nullable = false, length = 128)
    private String destination;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate start;

    @Column(name = "END_DATE")
    private LocalDate end;

    @Column(name = "REASON", length = 256)
    private String reason;

    protected Secondment() {
    }

    public Secondment(Cadre cadre, String destination, LocalDate start, LocalDate end) {
        this.cadre = cadre;
        this.destination = destination;
        this.start = start;
        this.end = end;
    }

    public Long getId() { return id; }
    public Cadre getCadre() { return cadre; }
    public String getDestination() { return destination; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** Away on {@code day} for more than three months counted from the start. */
    public boolean isLongTermOn(LocalDate day) {
        boolean ongoing = !day.isBefore(start) && (end == null || !day.isAfter(end));
        return ongoing && start.plusMonths(3).isBefore(day);
    }
}
