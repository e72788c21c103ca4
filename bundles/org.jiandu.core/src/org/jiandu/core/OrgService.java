package org.jiandu.core;

import java.util.List;
import java.util.Optional;

import org.jiandu.core.security.Subject;

/**
 * Read access to the jurisdiction tree. Every method is limited to the subject's scope inside the service:
 * nodes outside it are neither returned nor counted.
 */
public interface OrgService {

    /** Counts below the node with the given code (the subject's scope root when null). */
    OrgStats stats(Subject subject, String rootCode);

    /** The node a subject's tree starts at: its scope root. */
    OrgNodeView root(Subject subject);

    Optional<OrgNodeView> find(Subject subject, String code);

    /** Children of a node by code, open ones first, closed ones (marked in the view) after them. */
    List<OrgNodeView> children(Subject subject, String code);

    /** Nodes in scope whose name contains the text (for the tree's filter box), at most {@code max}. */
    List<OrgNodeView> search(Subject subject, String text, int max);

    /** Cadres attached to the node or anywhere below it. */
    List<CadreView> cadres(Subject subject, String code, int max);

    /** The cadre with this code, when in the subject's scope. */
    Optional<CadreView> cadre(Subject subject, String cadreCode);

    /**
     * Changes a cadre's name, rank and role. Refused with {@link StaleDataException} when someone else changed the
     * cadre since {@code expectedVersion} was read; written to the audit log.
     */
    CadreView updateCadre(Subject subject, long cadreId, long expectedVersion, String name,
            org.jiandu.core.model.Rank rank, org.jiandu.core.model.CadreRole role);

    /** Staffing of each township below the node. */
    List<TownshipStaffing> staffing(Subject subject, String code);
}
