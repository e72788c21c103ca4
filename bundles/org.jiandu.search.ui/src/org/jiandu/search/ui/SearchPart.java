package org.jiandu.search.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.Progress;
import org.jiandu.search.ArchiveFolderView;
import org.jiandu.search.IndexReport;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Investigators' search screen: query box, facets to refine, hits with page/sheet and marked snippets, a preview
 * with next/previous hit, opening the original, and indexing a folder as a cancellable background job.
 */
public class SearchPart {

    public static final String ID = "org.jiandu.search.ui.part.search";
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

    /** Township names by code, looked up once per code. */
    private final Map<String, String> townshipNames = new HashMap<>();
    /** The user's tags by document path, refreshed with each search and each tag change. */
    private Map<String, Set<String>> tagged = Map.of();
    private final Consumer<IndexReport> watchListener = this::watchedFolderUpdated;

    private Button newestFirst;

    private Text query;
    private Label status;
    private Tree facets;
    private TableViewer results;
    private StyledText preview;
    private Label hitPosition;
    private Composite progressRow;
    private ProgressBar progressBar;
    private Label progressLabel;
    private Button indexButton;
    private List<StyleRange> previewHits = new ArrayList<>();
    private int currentHit = -1;
    private SearchHit shown;
    private OrgNodeView selectedOrg;

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

        status = new Label(parent, SWT.NONE);
        status.setData("name", STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        long older = search.folders(session.subject()).stream().mapToLong(ArchiveFolderView::olderFormatUnits).sum();
        if (older > 0) {
            status.setText(NLS.bind(Messages.older_units_hint, older)); // an archive indexed by an earlier release
        }

        progressRow = new Composite(parent, SWT.NONE);
        progressRow.setLayout(new GridLayout(3, false));
        GridData prd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        prd.exclude = true;
        progressRow.setLayoutData(prd);
        progressRow.setVisible(false);
        progressLabel = new Label(progressRow, SWT.NONE);
        progressLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progressBar = new ProgressBar(progressRow, SWT.SMOOTH);
        progressBar.setLayoutData(new GridData(260, SWT.DEFAULT));
        Button cancel = new Button(progressRow, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.addListener(SWT.Selection, e -> Job.getJobManager().cancel(this));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        facets = new Tree(sash, SWT.BORDER | SWT.SINGLE);
        facets.addListener(SWT.DefaultSelection, e -> {
            TreeItem item = (TreeItem) e.item;
            if (item != null && item.getData() instanceof String filter) {
                query.setText((query.getText().trim() + " " + filter).trim());
                runSearch();
            }
        });
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        results = new TableViewer(right, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        results.getTable().setData("name", RESULTS);
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.col_star, 28, h -> tagsOf(h).contains(SearchService.STAR) ? "★" : "");
        column(Messages.col_title, 200, h -> h.title());
        column(Messages.col_page, 90, h -> h.page() == null ? "" : h.sheet() != null ? h.sheet() : NLS.bind(Messages.page_n, h.page()));
        column(Messages.col_township, 110, h -> townshipName(h.township()));
        column(Messages.col_tags, 90, h -> String.join(" ", tagsOf(h).stream().filter(t -> !t.equals(SearchService.STAR)).toList()));
        column(Messages.col_snippet, 520, h -> String.join(" … ", h.snippets()));
        hitMenu();
        results.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof SearchHit h) {
                showPreview(h);
            }
        });

        Composite pv = new Composite(right, SWT.NONE);
        pv.setLayout(new GridLayout(4, false));
        Label pvl = new Label(pv, SWT.NONE);
        pvl.setText(Messages.preview);
        pvl.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hitPosition = new Label(pv, SWT.NONE);
        hitPosition.setLayoutData(new GridData(140, SWT.DEFAULT));
        Button prev = new Button(pv, SWT.PUSH);
        prev.setText(Messages.prev_hit);
        prev.addListener(SWT.Selection, e -> moveHit(-1));
        Button next = new Button(pv, SWT.PUSH);
        next.setText(Messages.next_hit);
        next.addListener(SWT.Selection, e -> moveHit(1));
        preview = new StyledText(pv, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        preview.setData("name", PREVIEW);
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        Button open = new Button(pv, SWT.PUSH);
        open.setText(Messages.open_original);
        open.addListener(SWT.Selection, e -> openOriginal());
        Button export = new Button(pv, SWT.PUSH);
        export.setText(Messages.export_selected);
        export.addListener(SWT.Selection, e -> exportSelected());
        right.setWeights(55, 45);
        sash.setWeights(22, 78);
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

    /** Star, tags and re-index on the hits' context menu. */
    private void hitMenu() {
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(results.getTable());
        results.getTable().setMenu(menu);
        menu.addListener(SWT.Show, e -> {
            for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
                i.dispose();
            }
            if (!(results.getStructuredSelection().getFirstElement() instanceof SearchHit h)) {
                return;
            }
            boolean starred = tagsOf(h).contains(SearchService.STAR);
            menuItem(menu, starred ? Messages.menu_unstar : Messages.menu_star, () -> setTag(h, SearchService.STAR, !starred));
            menuItem(menu, Messages.menu_tag, () -> {
                org.eclipse.jface.dialogs.InputDialog d = new org.eclipse.jface.dialogs.InputDialog(query.getShell(),
                        Messages.menu_tag, Messages.tag_prompt, "",
                        v -> v.isBlank() || v.strip().chars().anyMatch(Character::isWhitespace) ? Messages.tag_prompt : null);
                if (d.open() == org.eclipse.jface.window.Window.OK) {
                    setTag(h, d.getValue().strip(), true);
                }
            });
            for (String t : tagsOf(h)) {
                if (!t.equals(SearchService.STAR)) {
                    menuItem(menu, NLS.bind(Messages.menu_untag, t), () -> setTag(h, t, false));
                }
            }
            new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
            menuItem(menu, Messages.menu_reindex, () -> reindex(h));
        });
    }

    private static void menuItem(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
        org.eclipse.swt.widgets.MenuItem i = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        i.setText(text);
        i.addListener(SWT.Selection, e -> action.run());
    }

    private void setTag(SearchHit h, String tag, boolean on) {
        try {
            search.tag(session.subject(), h.id(), tag, on);
            tagged = search.taggedDocuments(session.subject());
            results.refresh();
        } catch (RuntimeException e) {
            Dialogs.error(query.getShell(), Messages.menu_tag, NLS.bind(Messages.error, e.getMessage()));
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
            Dialogs.error(query.getShell(), Messages.menu_reindex, NLS.bind(Messages.error, e.getMessage()));
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
            fillFacets(r.facets());
            if (!r.hits().isEmpty()) {
                results.getTable().select(0);
                showPreview(r.hits().get(0));
            } else {
                preview.setText("");
                hitPosition.setText("");
            }
        } catch (QuerySyntaxException e) {
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            status.setText(NLS.bind(Messages.error, e.getMessage()));
            int at = Math.min(e.position(), query.getText().length());
            query.setSelection(at, Math.min(at + 1, query.getText().length()));
            query.setFocus();
        }
        status.getParent().layout();
    }

    private void fillFacets(Map<String, Map<String, Long>> all) {
        facets.removeAll();
        all.forEach((field, values) -> {
            if (values.isEmpty()) {
                return;
            }
            TreeItem f = new TreeItem(facets, SWT.NONE);
            f.setText(label(field));
            values.forEach((v, n) -> {
                TreeItem i = new TreeItem(f, SWT.NONE);
                String shown = field.equals("township") ? townshipName(v)
                        : field.equals("form") ? CasesPart.formLabel(org.jiandu.core.model.DisciplineForm.values()[Integer.parseInt(v) - 1])
                        : field.equals("ocr") ? (Boolean.parseBoolean(v) ? Messages.ocr_true : Messages.ocr_false) : v;
                i.setText(shown + "  (" + n + ")");
                if (!field.equals("ocr")) {
                    i.setData(field + ":" + (v.contains(" ") ? "\"" + v + "\"" : v));
                }
            });
            f.setExpanded(true);
        });
    }

    private static String label(String field) {
        return switch (field) {
            case "township" -> Messages.facet_township;
            case "year" -> Messages.facet_year;
            case "type" -> Messages.facet_type;
            case "form" -> Messages.facet_form;
            case "case" -> Messages.facet_case;
            case "tag" -> Messages.facet_tag;
            default -> Messages.facet_ocr;
        };
    }

    private void showPreview(SearchHit h) {
        shown = h;
        String marked;
        try {
            marked = search.preview(session.subject(), h.id(), query.getText()).orElse("");
        } catch (QuerySyntaxException e) {
            marked = "";
        }
        StringBuilder plain = new StringBuilder();
        previewHits = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf('【', i);
            if (open < 0) {
                plain.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf('】', open);
            if (close < 0) {
                plain.append(marked, i, marked.length());
                break;
            }
            plain.append(marked, i, open);
            StyleRange r = new StyleRange(plain.length(), close - open - 1, null,
                    preview.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            r.fontStyle = SWT.BOLD;
            previewHits.add(r);
            plain.append(marked, open + 1, close);
            i = close + 1;
        }
        preview.setText(plain.toString());
        preview.setStyleRanges(previewHits.toArray(new StyleRange[0]));
        currentHit = -1;
        moveHit(1);
    }

    private void moveHit(int delta) {
        if (previewHits.isEmpty()) {
            hitPosition.setText("");
            return;
        }
        currentHit = Math.floorMod(currentHit + delta, previewHits.size());
        StyleRange r = previewHits.get(currentHit);
        preview.setSelection(r.start, r.start + r.length);
        preview.showSelection();
        hitPosition.setText(NLS.bind(Messages.hit_of, currentHit + 1, previewHits.size()));
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
            Dialogs.error(query.getShell(), Messages.export_selected, NLS.bind(Messages.error, e.getMessage()));
        }
    }

    private void indexFolder() {
        DirectoryDialog dd = new DirectoryDialog(query.getShell());
        dd.setText(Messages.index_folder);
        String dir = dd.open();
        if (dir != null) {
            startIndexing(Path.of(dir), selectedOrg == null ? null : selectedOrg.code());
        }
    }

    /** Indexes in a background job; the progress row shows it and its Cancel button cancels it. */
    public Job startIndexing(Path folder, String orgCode) {
        return startIndexing(folder, orgCode, null);
    }

    /** Indexes a case's materials: the documents take the case's township when {@code orgCode} is null. */
    public Job startIndexing(Path folder, String orgCode, String caseNo) {
        Display display = query.getDisplay();
        progressLabel.setText(NLS.bind(Messages.indexing, folder));
        ((GridData) progressRow.getLayoutData()).exclude = false;
        progressRow.setVisible(true);
        indexButton.setEnabled(false);
        progressRow.getParent().layout(true, true);
        Job job = new Job(NLS.bind(Messages.indexing, folder)) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                IndexReport r;
                try {
                    r = search.index(session.subject(), List.of(folder), orgCode, caseNo, new Progress() {
                        private boolean begun;

                        @Override
                        public void worked(int done, int total, String current) {
                            if (!begun) {
                                monitor.beginTask(getName(), total);
                                begun = true;
                            }
                            monitor.worked(1);
                            display.asyncExec(() -> {
                                if (!progressBar.isDisposed()) {
                                    progressBar.setMaximum(Math.max(1, total));
                                    progressBar.setSelection(done);
                                }
                            });
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCanceled();
                        }
                    });
                } catch (RuntimeException e) {
                    display.asyncExec(() -> finished(null, e.getMessage()));
                    return Status.OK_STATUS; // told to the user in the part
                }
                display.asyncExec(() -> finished(r, null));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == SearchPart.this;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void finished(IndexReport r, String error) {
        if (progressRow.isDisposed()) {
            return;
        }
        ((GridData) progressRow.getLayoutData()).exclude = true;
        progressRow.setVisible(false);
        indexButton.setEnabled(true);
        progressRow.getParent().layout(true, true);
        if (error != null) {
            Dialogs.error(query.getShell(), Messages.index_title, NLS.bind(Messages.error, error));
            return;
        }
        StringBuilder sb = new StringBuilder(r.cancelled() ? Messages.index_cancelled + "\n" : "");
        sb.append(NLS.bind(Messages.index_done, new Object[] { r.added(), r.updated(), r.deleted(), r.unchanged(),
                r.failed().size() }));
        if (!r.failed().isEmpty()) {
            sb.append("\n\n").append(Messages.index_failures);
            r.failed().stream().limit(20).forEach(f -> sb.append("\n").append(f.path()).append(": ").append(f.error()));
            if (r.failed().size() > 20) {
                sb.append("\n…");
            }
        }
        status.setText(sb.toString().lines().findFirst().orElse(""));
        Dialogs.info(query.getShell(), Messages.index_title, sb.toString());
        if (!query.getText().isBlank()) {
            runSearch();
        }
    }
}
