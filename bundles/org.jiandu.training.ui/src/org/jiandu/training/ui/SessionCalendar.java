package org.jiandu.training.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jiandu.training.CourseKind;
import org.jiandu.training.SessionView;

/**
 * A month of training sessions: one cell per day, Monday first, each session a coloured line (colour by course
 * kind) on every day it runs. Clicking a session hands it to the listener.
 */
final class SessionCalendar extends Canvas {

    private static final RGB[] KIND_COLOURS = { new RGB(140, 90, 160), new RGB(90, 140, 200), new RGB(76, 153, 92),
            new RGB(230, 150, 50), new RGB(210, 70, 60), new RGB(120, 120, 120) };

    private YearMonth month = YearMonth.now();
    private List<SessionView> sessions = List.of();
    private final List<Hit> hits = new ArrayList<>();
    private final List<Color> colours = new ArrayList<>();
    private Consumer<SessionView> onPick = s -> { };

    private record Hit(Rectangle area, SessionView session) {
    }

    SessionCalendar(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        for (RGB rgb : KIND_COLOURS) {
            colours.add(new Color(rgb));
        }
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> colours.forEach(Color::dispose));
        addListener(SWT.MouseDown, e -> hits.stream().filter(h -> h.area().contains(e.x, e.y)).findFirst()
                .ifPresent(h -> onPick.accept(h.session())));
    }

    void onPick(Consumer<SessionView> listener) {
        onPick = listener;
    }

    void show(YearMonth m, List<SessionView> all) {
        month = m;
        sessions = List.copyOf(all);
        redraw();
    }

    YearMonth month() {
        return month;
    }

    /** Sessions that run on the day, in start order. */
    List<SessionView> on(LocalDate day) {
        return sessions.stream().filter(s -> !day.isBefore(s.start()) && !day.isAfter(s.end()))
                .sorted(Comparator.comparing(SessionView::start).thenComparing(SessionView::code)).toList();
    }

    private void paint(GC gc) {
        hits.clear();
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        int head = gc.getFontMetrics().getHeight() + 6;
        int cw = area.width / 7, ch = (area.height - head) / 6;
        String[] names = Messages.weekdays.split(",");
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int d = 0; d < 7; d++) {
            gc.drawText(names[d % names.length], d * cw + 4, 3, true);
        }
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        LocalDate today = LocalDate.now();
        int line = gc.getFontMetrics().getHeight() + 1;
        for (int i = 0; i < 42; i++) {
            LocalDate day = start.plusDays(i);
            int x = (i % 7) * cw, y = head + (i / 7) * ch;
            boolean inMonth = YearMonth.from(day).equals(month);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.drawRectangle(x, y, cw, ch);
            gc.setForeground(getDisplay().getSystemColor(day.equals(today) ? SWT.COLOR_RED
                    : inMonth ? SWT.COLOR_BLACK : SWT.COLOR_GRAY));
            gc.drawText(String.valueOf(day.getDayOfMonth()), x + 4, y + 2, true);
            int ly = y + 2 + line;
            for (SessionView s : on(day)) {
                if (ly + line > y + ch) {
                    break;
                }
                gc.setBackground(colours.get(s.kind().ordinal() % colours.size()));
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                Rectangle r = new Rectangle(x + 2, ly, cw - 4, line - 1);
                gc.fillRectangle(r);
                gc.setClipping(r);
                gc.drawText(s.title(), x + 4, ly, true);
                gc.setClipping((Rectangle) null);
                hits.add(new Hit(r, s));
                ly += line;
            }
        }
    }

    static RGB colour(CourseKind kind) {
        return KIND_COLOURS[kind.ordinal() % KIND_COLOURS.length];
    }
}
