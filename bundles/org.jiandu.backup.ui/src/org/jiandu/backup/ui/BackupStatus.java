package org.jiandu.backup.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.jiandu.backup.BackupInfo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The backup's place in the status line: when the last backup was made (a warning when there is none or it is older
 * than a week), or the running backup's progress with a link to cancel it.
 */
public class BackupStatus {

    public static final String LABEL = "jiandu.backup.status";
    static final Duration STALE = Duration.ofDays(7);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    BackupRuns runs;

    private Label label;
    private Link cancel;
    private AutoCloseable listening;

    @PostConstruct
    void create(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        c.setLayout(layout);
        label = new Label(c, SWT.NONE);
        label.setData("name", LABEL);
        cancel = new Link(c, SWT.NONE);
        cancel.setText("<a>" + Messages.cancel + "</a>");
        cancel.addListener(SWT.Selection, e -> runs.cancel());
        cancel.setVisible(false);
        showLast();
        Display display = c.getDisplay(); // told on the job's thread, maybe after the window closed
        listening = runs.listen(line -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> progress(line));
            }
        });
    }

    @PreDestroy
    void dispose() throws Exception {
        if (listening != null) {
            listening.close();
        }
    }

    /** A run's progress line, or the end of a run (an empty line): then the last backup again. */
    private void progress(String line) {
        if (label.isDisposed()) {
            return;
        }
        if (line == null || line.isEmpty()) {
            showLast();
        } else {
            label.setForeground(null);
            label.setText(line);
            cancel.setVisible(runs.running());
            label.getParent().getParent().layout(true, true);
        }
    }

    private void showLast() {
        Optional<BackupInfo> last = lastOrEmpty();
        boolean stale = last.isEmpty() || last.get().created().isBefore(Instant.now().minus(STALE));
        label.setText(last.isEmpty() ? Messages.never
                : NLS.bind(stale ? Messages.last_stale : Messages.last, WHEN.format(last.get().created()
                        .atZone(ZoneId.systemDefault()))));
        label.setToolTipText(Messages.status_tip);
        label.setForeground(stale ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        cancel.setVisible(false);
        label.getParent().getParent().layout(true, true);
    }

    private Optional<BackupInfo> lastOrEmpty() {
        try {
            return runs.last();
        } catch (RuntimeException e) {
            return Optional.empty(); // an unreadable backups/ folder: said as "no backup yet"
        }
    }
}
