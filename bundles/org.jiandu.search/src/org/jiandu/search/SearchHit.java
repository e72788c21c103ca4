package org.jiandu.search;

import java.util.List;

/**
 * One matching unit: a file, or a PDF page / spreadsheet sheet of it.
 *
 * @param id       stable id of the unit (path#unit), for preview and export
 * @param page     1-based page or sheet number, null for a file without parts
 * @param sheet    sheet name, or null
 * @param snippets text around the matches, each match between 【 and 】
 * @param hash     SHA-256 of the file, equal for duplicates
 */
public record SearchHit(String id, String path, String title, float score, Integer page, String sheet,
        List<String> snippets, String township, String type, String hash, boolean ocr) {
}
