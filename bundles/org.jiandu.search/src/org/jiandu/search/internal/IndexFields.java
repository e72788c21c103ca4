package org.jiandu.search.internal;

/** The fields of a unit's Lucene document (a unit is a file, a PDF page or a spreadsheet sheet). */
final class IndexFields {

    static final String ID = "id", PATH = "path", TITLE = "title", UNIT = "unit", SHEET = "sheet", TEXT = "text",
            SCOPE = "scope", TOWNSHIP = "township", YEAR = "year", TYPE = "type", CASE = "case", FORM = "form",
            OCR = "ocr", HASH = "hash", MTIME = "mtime", SIZE = "size", DATE = "date";
    /** Facets reported with every result. */
    static final String[] FACETS = { TOWNSHIP, YEAR, TYPE, CASE, OCR };
    /** Resolved at query time from the database: a case's form and a user's tags change without re-indexing. */
    static final String TAG = "tag";

    private IndexFields() {
    }
}
