package org.jiandu.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.Subject;

/**
 * Main-responsibility tracking (柞水's 落实党风廉政建设主体责任督办考评系统): a county's responsibility list for a year,
 * pushed to every unit's party group and township party committee and to their leading cadres; each records what it did
 * (履责纪实) with evidence; periods that end short of records raise warnings; each unit and leader gets a yearly
 * analysis and a place. The county commission keeps the list; a body records within its scope.
 */
public interface ResponsibilityService {

    /** The county's items for the year. */
    List<DutyItemView> items(Subject subject, String countyCode, int year);

    /** Adds an item to the year's list (the county commission). */
    DutyItemView addItem(Subject subject, String countyCode, int year, String code, String title, boolean forLeaders, Cadence cadence,
            int times);

    /** A unit or a leader records a duty done on {@code on}, with an optional evidence file. */
    void record(Subject subject, String countyCode, String bodyCode, String itemCode, LocalDate on, String text, Path evidence)
            throws IOException;

    /** Every unit's and leader's year in the subject's scope as of {@code asOf}, units then leaders, best first. */
    List<DutyRow> standing(Subject subject, String countyCode, int year, LocalDate asOf);

    /** An item of the list. */
    record DutyItemView(String code, String title, boolean forLeaders, Cadence cadence, int times) {
    }
}
