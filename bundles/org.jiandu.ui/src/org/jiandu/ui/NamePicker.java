package org.jiandu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Choosing a person or a place by name: type part of the name (or, for an IT person, of the code) and pick from
 * the matches shown as you type. The code stays behind the choice; the field shows the name.
 */
public final class NamePicker {

    /** One thing to pick: {@code id} for the service, {@code name} to show, {@code detail} to tell namesakes apart. */
    public record Choice(String id, String name, String detail) {
        String shown() {
            return detail == null || detail.isBlank() ? name : name + " · " + detail;
        }
    }

    private static final int MAX_SHOWN = 50;

    private final Text text;
    private List<Choice> choices = List.of();
    private Choice chosen;
    private Consumer<Choice> listener = c -> {
    };

    public NamePicker(Composite parent, String name, String hint) {
        text = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.SEARCH | SWT.ICON_SEARCH);
        text.setData("name", name);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        IContentProposalProvider provider = (contents, position) -> matches(contents).stream()
                .map(c -> (IContentProposal) new ContentProposal(c.shown(), c.shown(), null)).toArray(IContentProposal[]::new);
        // no key stroke and no activation characters: every letter or digit typed opens the matches
        ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(), provider, null, null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        adapter.setAutoActivationDelay(150);
        adapter.addContentProposalListener(p -> choose(byShown(p.getContent())));
        text.addListener(SWT.Modify, e -> {
            if (chosen != null && !text.getText().equals(chosen.shown())) {
                chosen = null;
            }
        });
        text.addListener(SWT.DefaultSelection, e -> {
            List<Choice> m = matches(text.getText());
            if (m.size() == 1) {
                choose(m.get(0));
            }
        });
    }

    public Text text() {
        return text;
    }

    public void setChoices(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /** Called with the choice made (by picking a proposal, or Enter on a single match). */
    public void onChoose(Consumer<Choice> listener) {
        this.listener = listener;
    }

    /** The choice the field shows, or null when what is typed is no single choice. */
    public Choice chosen() {
        return chosen;
    }

    /** Shows the choice with this id (or nothing), without telling the listener. */
    public void select(String id) {
        chosen = choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        text.setText(chosen == null ? "" : chosen.shown());
    }

    List<Choice> matches(String typed) {
        String q = typed.strip().toLowerCase(Locale.ROOT);
        List<Choice> out = new ArrayList<>();
        for (Choice c : choices) {
            if (q.isEmpty() || c.shown().toLowerCase(Locale.ROOT).contains(q) || c.id().toLowerCase(Locale.ROOT).contains(q)) {
                out.add(c);
                if (out.size() == MAX_SHOWN) {
                    break;
                }
            }
        }
        return out;
    }

    private Choice byShown(String shown) {
        return choices.stream().filter(c -> c.shown().equals(shown)).findFirst().orElse(null);
    }

    private void choose(Choice c) {
        if (c == null) {
            return;
        }
        chosen = c;
        if (!text.getText().equals(c.shown())) {
            text.setText(c.shown());
        }
        chosen = c;
        listener.accept(c);
    }
}
