package org.jiandu.search.ui;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.jiandu.core.model.DisciplineForm;

/**
 * The facets of a result (township, year, type, form, case, tag, OCR) with their counts; one click on a value
 * refines the query by it, as a link would.
 */
final class FacetTree {

    private final Tree tree;
    private final UnaryOperator<String> townshipName;

    /** {@code refine} receives the filter to add to the query, e.g. {@code year:2024}. */
    FacetTree(Composite parent, UnaryOperator<String> townshipName, Consumer<String> refine) {
        this.townshipName = townshipName;
        tree = new Tree(parent, SWT.BORDER | SWT.SINGLE);
        tree.setData("name", "jiandu.search.facets");
        tree.addListener(SWT.Selection, e -> {
            if (e.item instanceof TreeItem item && item.getData() instanceof String filter) {
                refine.accept(filter);
            }
        });
    }

    void fill(Map<String, Map<String, Long>> all) {
        tree.removeAll();
        all.forEach((field, values) -> {
            if (values.isEmpty()) {
                return;
            }
            TreeItem f = new TreeItem(tree, SWT.NONE);
            f.setText(label(field));
            values.forEach((v, n) -> {
                TreeItem i = new TreeItem(f, SWT.NONE);
                i.setText(shown(field, v) + "  (" + n + ")");
                if (!field.equals("ocr")) {
                    i.setData(field + ":" + (v.contains(" ") ? "\"" + v + "\"" : v));
                }
            });
            f.setExpanded(true);
        });
    }

    private String shown(String field, String v) {
        return switch (field) {
            case "township" -> townshipName.apply(v);
            case "form" -> CasesPart.formLabel(DisciplineForm.values()[Integer.parseInt(v) - 1]);
            case "ocr" -> Boolean.parseBoolean(v) ? Messages.ocr_true : Messages.ocr_false;
            default -> v;
        };
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
}
