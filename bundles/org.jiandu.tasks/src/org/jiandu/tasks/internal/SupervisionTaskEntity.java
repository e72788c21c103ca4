package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiandu.tasks.TaskKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One task of a list: what a report must contain, the evidence it needs, its points and deadline. */
@Entity(name = "SupervisionTask")
@Table(name = "TK_TASK")
@SequenceGenerator(name = "TK_TASK_SEQ", sequenceName = "TK_TASK_SEQ", allocationSize = 100)
public class SupervisionTaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_TASK_SEQ")
    long id;

    @Column(name = "LIST_ID", nullable = false)
    long listId;

    @Column(name = "TASK_NO", nullable = false)
    int no;

    @Column(nullable = false, length = 200)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    TaskKind kind;

    @Column(nullable = false, length = 2000)
    String requirement;

    @Column(length = 400)
    String evidence;

    @Column(nullable = false, precision = 7, scale = 2)
    BigDecimal points;

    @Column(nullable = false)
    LocalDate deadline;
}
