package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.CASE;
import static org.jiandu.search.internal.IndexFields.DATE;
import static org.jiandu.search.internal.IndexFields.HASH;
import static org.jiandu.search.internal.IndexFields.ID;
import static org.jiandu.search.internal.IndexFields.MTIME;
import static org.jiandu.search.internal.IndexFields.OCR;
import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.SCOPE;
import static org.jiandu.search.internal.IndexFields.SHEET;
import static org.jiandu.search.internal.IndexFields.SIZE;
import static org.jiandu.search.internal.IndexFields.TEXT;
import static org.jiandu.search.internal.IndexFields.TITLE;
import static org.jiandu.search.internal.IndexFields.TOWNSHIP;
import static org.jiandu.search.internal.IndexFields.TYPE;
import static org.jiandu.search.internal.IndexFields.UNIT;
import static org.jiandu.search.internal.IndexFields.YEAR;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.jiandu.core.OrgNodeView;
import org.jiandu.search.extract.Extractors;
import org.jiandu.search.extract.TextUnit;

/** The Lucene documents of one file's units: text, folded terms, scope paths, facet keywords and file facts. */
final class UnitDocuments {

    /**
     * Characters of one unit (a file, page or sheet) that are indexed; the rest is left out and the run says so.
     * Indexing holds a unit's text, its normalised copy and Lucene's buffers for it at once: 4 M characters keep
     * that within a couple of hundred MB however large the file.
     */
    static final int MAX_UNIT_CHARS = 4 << 20;

    private UnitDocuments() {
    }

    /** One document per unit, written in {@code format}; a unit cut at {@link #MAX_UNIT_CHARS} is named in {@code clipped}. */
    static List<Document> of(Path f, List<TextUnit> units, OrgNodeView org, String caseNo, long mtime, long size,
            String hash, int format, List<String> clipped) {
        List<Document> docs = new ArrayList<>();
        String name = f.getFileName().toString();
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        long date = DocumentDate.of(units, mtime); // the document's own date before the file's
        String year = String.valueOf(Instant.ofEpochMilli(date).atZone(ZoneId.systemDefault()).getYear());
        String type = Extractors.type(f);
        String township = townshipOf(org);
        for (TextUnit u : units) {
            Document d = new Document();
            String text = u.text();
            if (text.length() > MAX_UNIT_CHARS) {
                clipped.add("indexed the first " + MAX_UNIT_CHARS + " of " + text.length() + " characters"
                        + (u.number() == 0 ? "" : " of " + (u.label() != null ? u.label() : "page " + u.number())));
                text = text.substring(0, MAX_UNIT_CHARS);
            }
            String norm = IndexFormat.fold(text, format);
            d.add(new StringField(ID, f + "#" + u.number(), Field.Store.YES));
            d.add(new StringField(PATH, f.toString(), Field.Store.YES));
            d.add(new StoredField(TITLE, title));
            d.add(new StoredField(UNIT, u.number()));
            if (u.label() != null) {
                d.add(new StoredField(SHEET, u.label()));
            }
            d.add(new StoredField(TEXT, text));
            IndexFormat.addFields(d, norm, format);
            // every organisation above the document, so a subject's scope is one term
            String path = org.path();
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                d.add(new StringField(SCOPE, path.substring(0, i + 1), Field.Store.NO));
            }
            keyword(d, TOWNSHIP, township);
            keyword(d, YEAR, year);
            keyword(d, TYPE, type);
            keyword(d, CASE, caseNo == null ? "" : caseNo.toLowerCase(Locale.ROOT));
            keyword(d, OCR, Boolean.toString(u.ocr()));
            keyword(d, HASH, hash);
            d.add(new StoredField(MTIME, mtime));
            d.add(new StoredField(SIZE, size));
            d.add(new NumericDocValuesField(DATE, date));
            d.add(new LongPoint(DATE, date));
            docs.add(d);
        }
        return docs;
    }

    /** The township code for the facet: the organisation itself, or its ancestor at township level. */
    private static String townshipOf(OrgNodeView org) {
        String[] parts = org.path().split("/");
        // /city/county/township/village/ → parts: "", city, county, township, village
        return parts.length > 3 ? parts[3] : org.code();
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
