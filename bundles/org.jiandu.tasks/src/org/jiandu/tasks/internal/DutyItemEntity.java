package org.jiandu.tasks.internal;

import java.time.Instant;

import org.jiandu.tasks.Cadence;
import org.jiandu.tasks.DutyItem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An item of a county's main-responsibility list (主体责任清单) for a year: for units' party groups, or for leaders. */
@Entity(name = "DutyItem")
@Table(name = "TK_DUTY_ITEM")
@SequenceGenerator(name = "TK_DUTY_ITEM_SEQ", sequenceName = "TK_DUTY_ITEM_SEQ", allocationSize = 20)
public class DutyItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_DUTY_ITEM_SEQ")
    long id;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(name = "YEAR_NO", nullable = false)
    int year;

    @Column(nullable = false, length = 32)
    String code;

    @Column(nullable = false, length = 200)
    String title;

    /** For leading cadres (true) or for units' party groups and township party committees (false). */
    @Column(name = "FOR_LEADERS", nullable = false)
    boolean forLeaders;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Cadence cadence;

    @Column(nullable = false)
    int times;

    @Column(name = "PUBLISHED_BY", nullable = false, length = 64)
    String publishedBy;

    @Column(name = "PUBLISHED_AT", nullable = false)
    Instant publishedAt;

    DutyItem item() {
        return new DutyItem(code, title, cadence, times);
    }
}
