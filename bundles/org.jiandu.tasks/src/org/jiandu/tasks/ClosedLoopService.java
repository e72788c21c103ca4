package org.jiandu.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.Subject;

/**
 * The four-step closed loop of political supervision (发现问题 → 交办问题 → 整改提升 → 追责问责): a problem found at
 * a body is assigned to an owner with a deadline, rectified with evidence by the body, held to account where due, and
 * closed by a county-level reviewer who neither owns nor rectified it. Each step is kept in the loop's history; the
 * county level finds, assigns, holds to account and closes, the body rectifies. Scoped by the body's organisation.
 */
public interface ClosedLoopService {

    /** Records a problem found at a body, from a task's report when {@code assignmentId} is not null. */
    LoopView find(Subject subject, String countyCode, String bodyCode, String category, String problem, LocalDate foundOn,
            Long assignmentId);

    LoopView assign(Subject subject, long loopId, long expectedVersion, String owner, LocalDate deadline, LocalDate on);

    /** The body's rectification, with its evidence file (kept by content hash). */
    LoopView rectify(Subject subject, long loopId, long expectedVersion, Path evidence, String note, LocalDate on) throws IOException;

    /** Who was held accountable and how (追责问责). */
    LoopView account(Subject subject, long loopId, long expectedVersion, String accountability, LocalDate on);

    LoopView close(Subject subject, long loopId, long expectedVersion, LocalDate on);

    /** The county's loops in the subject's scope with their signs on {@code asOf}, newest first. */
    List<LoopView> loops(Subject subject, String countyCode, LocalDate asOf);

    /** Each step of a loop, oldest first. */
    List<LoopStep> history(Subject subject, long loopId);
}
