package org.jiandu.core.jurisdiction;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.security.Subject;

/**
 * The county's own jurisdiction: loading it from the county's workbook (check, difference, apply) and changing it by
 * hand. Only the county commission and the administrator ({@link org.jiandu.core.security.Role#actsForCounty()})
 * may, and only inside their scope; anyone else gets {@link org.jiandu.core.security.AccessDeniedException}. Nothing
 * is deleted: nodes are closed, cadres leave, and every change is kept as history and audited with old and new values
 * in the transaction that makes it.
 */
public interface JurisdictionService {

    /**
     * Reads and checks the workbook against the database and computes the difference; writes it when {@code apply}
     * and nothing is wrong. Any problem: nothing is written.
     *
     * @param countyCode the county the workbook describes (it must exist and lie in the subject's scope)
     * @throws java.io.IOException when the file cannot be read as XLSX (damaged, too large)
     */
    JurisdictionCheck importWorkbook(Subject subject, String countyCode, Path workbook, boolean apply)
            throws IOException;

    /** Adds a township or unit below the county, or a village below a township. */
    Change addNode(Subject subject, OrgLevel level, String code, String name, String parentCode, UnitKind kind);

    Change renameNode(Subject subject, String code, String name);

    /** Moves a village to another township (its path and its descendants' paths follow). */
    Change moveNode(Subject subject, String code, String newParentCode);

    /** Closes a node that has no open children left; it keeps its records. */
    Change closeNode(Subject subject, String code, LocalDate on);

    Change reopenNode(Subject subject, String code);

    Change hire(Subject subject, String code, String name, String orgCode, Rank rank, CadreRole role, LocalDate since);

    /** Moves a cadre to another organisation (their authorised post, if any, becomes vacant). */
    Change transfer(Subject subject, String cadreCode, String orgCode, LocalDate on);

    Change second(Subject subject, String cadreCode, String destination, LocalDate start, String reason);

    /** Ends the cadre's open secondment. */
    Change returnFromSecondment(Subject subject, String cadreCode, LocalDate end);

    /** The cadre leaves (inactive, post vacated); their history stays. */
    Change leave(Subject subject, String cadreCode, LocalDate on);

    /** Recorded changes of the node or cadre with this code, oldest first. */
    List<HistoryEntry> history(Subject subject, String code);
}
