package org.jiandu.update.cli;

import java.io.PrintStream;

import org.jiandu.cli.spi.CliProgress;
import org.jiandu.core.Progress;
import org.jiandu.update.internal.UpdateMessages;

/**
 * The update's progress line, in per cent (p2 reports each phase with a total of its own), ended only when one was
 * drawn, so a refusal before any work stays one line.
 */
final class LineProgress implements Progress {

    private final CliProgress line;

    LineProgress(PrintStream err) {
        this.line = new CliProgress(err, UpdateMessages.progress_update);
    }

    @Override
    public void worked(int done, int total, String current) {
        line.worked(total <= 0 ? 0 : (int) (100L * done / total), 100, current);
    }

    @Override
    public boolean isCancelled() {
        return line.isCancelled();
    }

    void end() {
        line.end();
    }
}
