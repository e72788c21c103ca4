package org.jiandu.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;

/**
 * Cases (案件): entered by hand or imported from XLSX. Every call is limited to the subject's scope and every read
 * and change is written to the audit log. Documents indexed with a case number take the case's township, and
 * {@code form:} in a query finds the documents of the cases with that discipline form.
 */
public interface CaseService {

    /** The names, in Chinese and English, each import column is recognised by (first the canonical header). */
    List<List<String>> IMPORT_COLUMNS = List.of(
            List.of("案件编号", "case no", "case"),
            List.of("被审查人", "subject", "name", "姓名"),
            List.of("职级", "rank"),
            List.of("乡镇", "township", "单位"),
            List.of("违纪类别", "category", "问题类别"),
            List.of("形态", "form", "四种形态", "处理形态"),
            List.of("立案日期", "filed", "filed on"),
            List.of("结案日期", "closed", "closed on"),
            List.of("状态", "status", "办理状态"));

    /**
     * Whether a role may register, change and import cases within its scope: those who do case work, the
     * commissions and the investigators (and the administrator); a trainer and a read-only user may not. The
     * service and the screens ask this same question.
     */
    static boolean mayRegister(Role role) {
        return role.canReadCaseMaterial();
    }

    /**
     * Cases in scope, newest first, whose number, subject or category contains {@code text} (all when blank) and
     * whose status is {@code status} (any when null); at most {@code max}.
     */
    List<CaseView> list(Subject subject, String text, CaseStatus status, int max);

    Optional<CaseView> find(Subject subject, String caseNo);

    /**
     * Creates ({@code id} 0) or updates a case.
     *
     * @throws CaseValidationException naming every bad field
     * @throws org.jiandu.core.StaleDataException when someone else changed the case since it was read
     * @throws org.jiandu.core.security.AccessDeniedException outside the scope or when the role may not
     *         {@link #mayRegister register} cases
     */
    CaseView save(Subject subject, CaseView draft);

    /**
     * Imports the first sheet of an XLSX file whose first row holds the column headers ({@link #IMPORT_COLUMNS}, any
     * order). Existing case numbers are updated. With any bad row nothing is written unless {@code goodRowsOnly}.
     */
    ImportReport importXlsx(Subject subject, Path file, boolean goodRowsOnly);

    /** The discipline form of each case in scope that has one, by case number in lower case. */
    Map<String, DisciplineForm> forms(Subject subject);
}
