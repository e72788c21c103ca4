package org.jiandu.core;

import java.time.LocalDate;

import org.jiandu.core.security.Subject;

/**
 * Told when a case (案件) is on file against someone in an organisation: registered as a service by a module that
 * must react (clean-unit creation reviews the unit's title), called by the module that keeps cases. Neither module
 * needs the other: without a case module nobody calls, without a listener nobody is told.
 */
public interface CaseFiledListener {

    /**
     * @param orgCode     the organisation the case belongs to
     * @param subjectName the person under investigation
     */
    void caseFiled(Subject subject, String orgCode, String caseNo, String subjectName, LocalDate filedOn);
}
