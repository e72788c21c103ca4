package org.jiandu.search.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Session;

/**
 * The text of one document unit with the query's terms marked, and previous/next hit: shared by the search screen
 * and the clearance check, so a hit reads the same on both.
 */
final class PreviewPane {

    private final SearchService search;
    private final Session session;
    private final Composite pane;
    private final StyledText text;
    private final Label position;
    private List<StyleRange> hits = new ArrayList<>();
    private int current = -1;

    /** A pane of four columns; callers may add a row of their own buttons below the text. */
    PreviewPane(Composite parent, SearchService search, Session session, String name) {
        this.search = search;
        this.session = session;
        pane = new Composite(parent, SWT.NONE);
        pane.setLayout(new GridLayout(4, false));
        Label title = new Label(pane, SWT.NONE);
        title.setText(Messages.preview);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        position = new Label(pane, SWT.NONE);
        position.setLayoutData(new GridData(140, SWT.DEFAULT));
        Button prev = new Button(pane, SWT.PUSH);
        prev.setText(Messages.prev_hit);
        prev.addListener(SWT.Selection, e -> move(-1));
        Button next = new Button(pane, SWT.PUSH);
        next.setText(Messages.next_hit);
        next.addListener(SWT.Selection, e -> move(1));
        text = new StyledText(pane, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        text.setData("name", name);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
    }

    Composite composite() {
        return pane;
    }

    /** Shows the unit {@code hitId} with the terms of {@code query} marked, at its first hit. */
    void show(String hitId, String query) {
        String marked;
        try {
            marked = search.preview(session.subject(), hitId, query).orElse("");
        } catch (QuerySyntaxException e) {
            marked = "";
        }
        StringBuilder plain = new StringBuilder();
        hits = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf('【', i);
            int close = open < 0 ? -1 : marked.indexOf('】', open);
            if (close < 0) {
                plain.append(marked, i, marked.length());
                break;
            }
            plain.append(marked, i, open);
            StyleRange r = new StyleRange(plain.length(), close - open - 1, null,
                    text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            r.fontStyle = SWT.BOLD;
            hits.add(r);
            plain.append(marked, open + 1, close);
            i = close + 1;
        }
        text.setText(plain.toString());
        text.setStyleRanges(hits.toArray(new StyleRange[0]));
        current = -1;
        move(1);
    }

    void clear() {
        hits = new ArrayList<>();
        text.setText("");
        position.setText("");
    }

    private void move(int delta) {
        if (hits.isEmpty()) {
            position.setText("");
            return;
        }
        current = Math.floorMod(current + delta, hits.size());
        StyleRange r = hits.get(current);
        text.setSelection(r.start, r.start + r.length);
        text.showSelection();
        position.setText(NLS.bind(Messages.hit_of, current + 1, hits.size()));
    }
}
