package org.jiandu.search.extract;

/**
 * One addressable part of a file: the whole text file, a PDF page, a spreadsheet sheet.
 *
 * @param number 1-based page or sheet number; 0 for a file that has no parts
 * @param label  sheet name, or null
 * @param text   the extracted text
 * @param ocr    true when the text came from optical character recognition
 */
public record TextUnit(int number, String label, String text, boolean ocr) {
}
