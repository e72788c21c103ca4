package org.jiandu.search.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.OrgNodeView;
import org.jiandu.search.ArchiveFolderView;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseView;
import org.jiandu.search.IndexReport;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;
import org.jiandu.ui.UserMessage;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Investigators' search screen: query box, facets to refine, hits with page/sheet and marked snippets, a preview
 * with next/previous hit, opening the original, and indexing a folder as a cancellable background job.
 */
public class SearchPart {

    public static final String ID = "org.jiandu.search.ui.part.search";
    /** The table data key a table's export takes its title from (org.jiandu.ui's table menu). */
    private static final String EXPORT_TITLE = "jiandu.title";
    public static final String QUERY = "jiandu.search.query", RESULTS = "jiandu.search.results",
            PREVIEW = "jiandu.search.preview", STATUS = "jiandu.search.status";
    private static final int LIMIT = 500;

    @Inject
    SearchService search;

    @Inject
    Session session;

    @Inject
    org.jiandu.core.OrgService orgs;

    @Inject
    FolderWatching watching;

    @Inject
    CaseService cases;

    /** Township names by code, looked up once per code. */
    private final Map<String, String> townshipNames = new HashMap<>();
    /** The user's tags by document path, refreshed with each search and each tag change. */
    private Map<String, Set<String>> tagged = Map.of();
    private final Consumer<IndexReport> watchListener = this::watchedFolderUpdated;

    private Button newestFirst;

    private Text query;
    private Label status;
    private FacetTree facets;
    private TableViewer results;
    private PreviewPane preview;
    private IndexingRow indexing;
    private Button indexButton;
    private SearchHit shown;
    private OrgNodeView selectedOrg;

    /** The keyboard lands in the query, its text selected to type over (Ctrl+F, or the part's tab). */
    @Focus
    void focus() {
        query.setFocus();
        query.selectAll();
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(4, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        query = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        query.setData("name", QUERY);
        query.setMessage(Messages.query_hint);
        query.setToolTipText(Messages.query_help);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, e -> runSearch());
        Button go = new Button(top, SWT.PUSH);
        go.setText(Messages.search);
        go.addListener(SWT.Selection, e -> runSearch());
        newestFirst = new Button(top, SWT.CHECK);
        newestFirst.setText(Messages.newest_first);
        newestFirst.addListener(SWT.Selection, e -> runSearch());
        indexButton = new Button(top, SWT.PUSH);
        indexButton.setText(Messages.index_folder);
        indexButton.addListener(SWT.Selection, e -> indexFolder());
        Button folders = new Button(top, SWT.PUSH);
        folders.setText(Messages.folders);
        folders.addListener(SWT.Selection, e -> new FoldersDialog(query.getShell(), search, session, orgs, watching,
                f -> startIndexing(Path.of(f.path()), f.orgCode(), f.caseNo())).open());
        ((GridLayout) top.getLayout()).numColumns = 5;
        watching.addListener(watchListener);
        parent.addListener(SWT.Dispose, e -> watching.removeListener(watchListener));

        status = new Label(parent, SWT.WRAP); // hints are sentences: wrapped, not cut off at 1024×768
        status.setData("name", STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<ArchiveFolderView> known = folders();
        long older = known.stream().mapToLong(ArchiveFolderView::olderFormatUnits).sum();
        if (older > 0) {
            status.setText(NLS.bind(Messages.older_units_hint, older)); // an archive indexed by an earlier release
        } else if (known.isEmpty()) {
            status.setText(Messages.search_no_index); // first use: say how documents get into the index
        }

        indexing = new IndexingRow(parent, search, session, running -> indexButton.setEnabled(!running), line -> {
            status.setForeground(null);
            status.setText(line);
            status.getParent().layout();
            if (!query.getText().isBlank()) {
                runSearch();
            }
        });

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        facets = new FacetTree(sash, this::townshipName, filter -> {
            query.setText((query.getText().trim() + " " + filter).trim());
            runSearch();
        });
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        results = new TableViewer(right, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        results.getTable().setData("name", RESULTS);
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.getTable().setData(EXPORT_TITLE, Messages.results_title);
        // sorts, fits its columns to each new set of hits, exports as shown (the hit actions join its context menu)
        Tables.standard(results);
        column(Messages.col_star, 28, h -> tagsOf(h).contains(SearchService.STAR) ? "★" : "");
        column(Messages.col_title, 160, h -> h.title());
        // the marked snippet next to the file's name, so it is seen at 1024×768 without scrolling sideways
        column(Messages.col_snippet, 420, h -> String.join(" … ", h.snippets()));
        column(Messages.col_page, 90, h -> h.page() == null ? "" : h.sheet() != null ? h.sheet() : NLS.bind(Messages.page_n, h.page()));
        column(Messages.col_township, 110, h -> townshipName(h.township()));
        column(Messages.col_tags, 90, h -> String.join(" ", tagsOf(h).stream().filter(t -> !t.equals(SearchService.STAR)).toList()));
        hitMenu();
        results.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof SearchHit h) {
                showPreview(h);
            }
        });

        preview = new PreviewPane(right, search, session, PREVIEW);
        Composite pv = preview.composite();
        Button open = new Button(pv, SWT.PUSH);
        open.setText(Messages.open_original);
        open.addListener(SWT.Selection, e -> openOriginal());
        Button export = new Button(pv, SWT.PUSH);
        export.setText(Messages.export_selected);
        export.addListener(SWT.Selection, e -> exportSelected());
        right.setWeights(55, 45);
        sash.setWeights(22, 78);
    }

    /** The folders indexed for the user's scope; none when they cannot be read (the search then says why). */
    private List<ArchiveFolderView> folders() {
        try {
            return search.folders(session.subject());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Whether nothing was ever indexed in the user's scope: then "no hits" means "index a folder first". */
    private boolean indexedNothing() {
        return folders().isEmpty();
    }

    private void column(String label, int width, Function<SearchHit, String> text) {
        Tables.column(results, SearchHit.class, label, width, text);
    }

    /** The organisation selected in the jurisdiction tree receives indexed folders. */
    @Inject
    void selected(@Optional @Named(SelectedOrg.KEY) OrgNodeView org) {
        selectedOrg = org;
    }

    /** From the folder watcher's thread: show what changed and refresh the hits. */
    private void watchedFolderUpdated(IndexReport r) {
        if (query == null || query.isDisposed() || r.added() + r.updated() + r.deleted() + r.failed().size() == 0) {
            return;
        }
        query.getDisplay().asyncExec(() -> {
            if (query.isDisposed()) {
                return;
            }
            if (!query.getText().isBlank()) {
                runSearch();
            }
            status.setText(NLS.bind(Messages.watch_update, new Object[] { r.added(), r.updated(), r.deleted(), r.failed().size() }));
        });
    }

    private Set<String> tagsOf(SearchHit h) {
        return tagged.getOrDefault(h.path(), Set.of());
    }

    private String townshipName(String code) {
        return code == null || code.isEmpty() ? "" : townshipNames.computeIfAbsent(code,
                c -> orgs.find(session.subject(), c).map(OrgNodeView::name).orElse(c));
    }

    /** Star, tags and re-index on the hits' context menu, above the export and fit every table's menu has. */
    private void hitMenu() {
        org.eclipse.swt.widgets.Menu menu = results.getTable().getMenu();
        List<org.eclipse.swt.widgets.MenuItem> added = new ArrayList<>();
        menu.addListener(SWT.Show, e -> {
            added.forEach(org.eclipse.swt.widgets.MenuItem::dispose);
            added.clear();
            if (!(results.getStructuredSelection().getFirstElement() instanceof SearchHit h)) {
                return;
            }
            HitMenu items = new HitMenu(menu, added);
            boolean starred = tagsOf(h).contains(SearchService.STAR);
            items.add(starred ? Messages.menu_unstar : Messages.menu_star, () -> setTag(h, SearchService.STAR, !starred));
            items.add(Messages.menu_tag, () -> {
                org.eclipse.jface.dialogs.InputDialog d = new org.eclipse.jface.dialogs.InputDialog(query.getShell(),
                        Messages.menu_tag, Messages.tag_prompt, "",
                        v -> v.isBlank() || v.strip().chars().anyMatch(Character::isWhitespace) ? Messages.tag_prompt : null);
                if (d.open() == org.eclipse.jface.window.Window.OK) {
                    setTag(h, d.getValue().strip(), true);
                }
            });
            for (String t : tagsOf(h)) {
                if (!t.equals(SearchService.STAR)) {
                    items.add(NLS.bind(Messages.menu_untag, t), () -> setTag(h, t, false));
                }
            }
            items.separator();
            items.add(Messages.menu_reindex, () -> reindex(h));
            items.separator();
        });
    }

    private void setTag(SearchHit h, String tag, boolean on) {
        try {
            search.tag(session.subject(), h.id(), tag, on);
            tagged = search.taggedDocuments(session.subject());
            results.refresh();
        } catch (RuntimeException e) {
            Dialogs.error(query.getShell(), Messages.menu_tag, UserMessage.of(e));
        }
    }

    private void reindex(SearchHit h) {
        try {
            IndexReport r = search.reindex(session.subject(), h.id());
            if (!r.failed().isEmpty()) {
                Dialogs.error(query.getShell(), Messages.menu_reindex, r.failed().get(0).path() + ": " + r.failed().get(0).error());
            } else {
                status.setText(NLS.bind(Messages.reindex_done, h.path()));
            }
            runSearch();
        } catch (RuntimeException e) {
            Dialogs.error(query.getShell(), Messages.menu_reindex, UserMessage.of(e));
        }
    }

    /** Shows the search screen's results for a query (used by other screens, e.g. a case's materials). */
    public void showQuery(String q) {
        query.setText(q);
        runSearch();
    }

    void runSearch() {
        String q = query.getText().trim();
        if (q.isEmpty()) {
            return;
        }
        try {
            SearchResult r = search.search(session.subject(), q, LIMIT, newestFirst.getSelection());
            tagged = search.taggedDocuments(session.subject());
            status.setForeground(null);
            status.setText(NLS.bind(Messages.total, r.total(), r.tookMs()));
            results.setInput(r.hits());
            facets.fill(r.facets());
            if (!r.hits().isEmpty()) {
                results.getTable().select(0);
                showPreview(r.hits().get(0));
            } else {
                preview.clear();
                status.setText(indexedNothing() ? Messages.search_no_index : NLS.bind(Messages.search_no_hits, q));
            }
        } catch (QuerySyntaxException e) {
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            status.setText(NLS.bind(Messages.error, e.getMessage())); // a sentence of the query's mistake and where
            int at = Math.min(e.position(), query.getText().length());
            query.setSelection(at, Math.min(at + 1, query.getText().length()));
            query.setFocus();
        } catch (RuntimeException e) {
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            status.setText(UserMessage.of(e)); // a refusal or a fault: one sentence, never a dialog with a stack
        }
        status.getParent().layout();
    }

    private void showPreview(SearchHit h) {
        shown = h;
        preview.show(h.id(), query.getText());
    }

    private void openOriginal() {
        if (shown != null) {
            search.open(session.subject(), shown.id()).ifPresent(p -> Program.launch(p.toString()));
        }
    }

    void exportSelected() {
        List<String> ids = new ArrayList<>();
        for (Object o : results.getStructuredSelection().toList()) {
            ids.add(((SearchHit) o).id());
        }
        if (ids.isEmpty()) {
            return;
        }
        DirectoryDialog dd = new DirectoryDialog(query.getShell());
        dd.setText(Messages.export_selected);
        String dir = dd.open();
        if (dir == null) {
            return;
        }
        try {
            org.jiandu.search.ExportReport r = search.export(session.subject(), ids, Path.of(dir));
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.export_done, r.exported(), dir));
            if (!r.skipped().isEmpty()) {
                sb.append("\n\n").append(Messages.export_skipped);
                r.skipped().forEach(x -> sb.append("\n").append(x));
            }
            Dialogs.info(query.getShell(), Messages.export_selected, sb.toString());
        } catch (RuntimeException e) {
            Dialogs.error(query.getShell(), Messages.export_selected, UserMessage.of(e));
        }
    }

    private void indexFolder() {
        DirectoryDialog dd = new DirectoryDialog(query.getShell());
        dd.setText(Messages.index_folder);
        String dir = dd.open();
        if (dir == null) {
            return;
        }
        List<CaseView> known;
        try {
            known = cases.list(session.subject(), null, null, 5000);
        } catch (RuntimeException e) {
            known = List.of(); // the folder can still be indexed for a township
        }
        IndexTargetDialog d = new IndexTargetDialog(query.getShell(), Path.of(dir), Townships.of(orgs, session.subject()),
                known, selectedOrg == null ? null : selectedOrg.code());
        if (d.open() == IndexTargetDialog.OK) {
            startIndexing(Path.of(dir), d.orgCode(), d.caseNo());
        }
    }

    /** Indexes in a background job; the progress row shows it and its Cancel button cancels it. */
    public Job startIndexing(Path folder, String orgCode) {
        return startIndexing(folder, orgCode, null);
    }

    /** Indexes a case's materials: the documents take the case's township when {@code orgCode} is null. */
    public Job startIndexing(Path folder, String orgCode, String caseNo) {
        return indexing.start(folder, orgCode, caseNo);
    }
}
