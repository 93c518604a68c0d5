package io.jixiao.command.imports;

import io.jixiao.kernel.forms.Span;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads one worksheet part as a stream into a {@link CellGrid}, counting as it goes: a cell with a value beyond the
 * last row allowed, one cell too many, a text too long or too much text stops the reading at once with the limit
 * that was reached. With a title test, a sheet whose first rows show no title is no form and is not read further.
 */
final class SheetGridHandler extends DefaultHandler {
    /** Thrown to stop reading a sheet that is no form; not a problem of the file. */
    static final class NotAForm extends RuntimeException {
        NotAForm() {
            super(null, null, false, false);
        }
    }

    /** What a sheet may hold, and which of it is kept. */
    record Shape(int maxRows, int maxCells, int storedColumns, int titleRows, Predicate<String> title) {
    }

    private final CellGrid grid;
    private final Shape shape;
    private final WorkbookLimits limits;
    private final SharedStrings strings;
    private final long textBudget;
    private final Map<String, String> sharedFormulas = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder collecting;
    private boolean titleChecked;
    private int row = -1;
    private int column = -1;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean hasInline;
    private boolean hasFormula;
    private String sharedFormulaId;
    private int phoneticDepth;
    private int cells;
    private long text;

    SheetGridHandler(String name, Shape shape, WorkbookLimits limits, SharedStrings strings, CellFormats formats) {
        this.grid = new CellGrid(name, formats);
        this.shape = shape;
        this.limits = limits;
        this.strings = strings;
        this.textBudget = Math.max(0, limits.maxTextCharacters() - strings.characters());
        this.titleChecked = shape.title() == null;
    }

    CellGrid grid() {
        return grid;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (PartXml.name(localName, qName)) {
            case "row" -> {
                String r = PartXml.attribute(attributes, "r");
                row = r == null ? row + 1 : number(r) - 1;
                column = -1;
                if (!titleChecked && row >= shape.titleRows()) {
                    checkTitle();
                }
            }
            case "c" -> startCell(attributes);
            case "v" -> {
                hasValue = true;
                collect(value);
            }
            case "f" -> {
                hasFormula = true;
                sharedFormulaId = "shared".equals(PartXml.attribute(attributes, "t"))
                        ? PartXml.attribute(attributes, "si") : null;
                collect(formula);
            }
            case "is" -> hasInline = true;
            case "rPh" -> phoneticDepth++;
            case "t" -> {
                if (hasInline && phoneticDepth == 0) {
                    collecting = inline;
                }
            }
            case "mergeCell" -> merge(PartXml.attribute(attributes, "ref"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (PartXml.name(localName, qName)) {
            case "v", "f", "t" -> collecting = null;
            case "rPh" -> phoneticDepth--;
            case "c" -> endCell();
            case "sheetData" -> {
                if (!titleChecked) {
                    checkTitle();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting == null) {
            return;
        }
        collecting.append(ch, start, length);
        text += length;
        if (collecting.length() > limits.maxCellCharacters()) {
            throw WorkbookLimitReached.onSheet(grid.name(), "max-cell-characters", "has a cell of more than "
                    + limits.maxCellCharacters() + " characters (row " + (row + 1) + ").", "第 " + (row + 1)
                    + " 行有单元格超过 " + limits.maxCellCharacters() + " 个字符，");
        }
        if (text > textBudget) {
            throw WorkbookLimitReached.onSheet(grid.name(), "max-text-characters", "holds more text than "
                    + limits.maxTextCharacters() + " characters with the shared strings.", "的文字连同共享字符串超过 "
                    + limits.maxTextCharacters() + " 个字符，");
        }
    }

    private void collect(StringBuilder into) {
        collecting = into;
    }

    private void startCell(Attributes attributes) throws SAXException {
        String reference = PartXml.attribute(attributes, "r");
        if (reference == null) {
            column++;
        } else {
            int[] at = CellReferences.parse(reference);
            if (at == null) {
                throw new SAXException("Bad cell reference " + reference);
            }
            row = at[0];
            column = at[1];
        }
        type = PartXml.attribute(attributes, "t");
        String s = PartXml.attribute(attributes, "s");
        style = s == null ? 0 : number(s);
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
        hasValue = false;
        hasInline = false;
        hasFormula = false;
        sharedFormulaId = null;
    }

    private void endCell() throws SAXException {
        if (!hasValue && !hasInline && !hasFormula) {
            return;
        }
        if (++cells > shape.maxCells()) {
            throw WorkbookLimitReached.onSheet(grid.name(), "max-cells-per-sheet", "has more than "
                    + shape.maxCells() + " cells with a value.", "中有值的单元格超过 " + shape.maxCells() + " 个，");
        }
        if (row >= shape.maxRows()) {
            throw WorkbookLimitReached.onSheet(grid.name(), "max-rows-per-sheet", "has a value in row " + (row + 1)
                    + ", beyond the " + shape.maxRows() + " rows a sheet may have.", "第 " + (row + 1)
                    + " 行有值，超过了工作表最多 " + shape.maxRows() + " 行的限制，");
        }
        if (column < shape.storedColumns()) {
            grid.put(row, column, cell());
        }
    }

    private GridCell cell() throws SAXException {
        String f = formulaText();
        String v = value.toString();
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "n" -> {
                double number = v.isBlank() ? 0 : decimal(v);
                yield new GridCell(GridCell.Kind.NUMBER, null, number, f, style);
            }
            case "s" -> {
                String shared = strings.at(number(v));
                if (shared == null) {
                    throw new SAXException("Shared string " + v + " does not exist");
                }
                yield new GridCell(GridCell.Kind.TEXT, shared, 0, f, style);
            }
            case "inlineStr" -> new GridCell(GridCell.Kind.TEXT,
                    SharedStrings.decoded(hasInline ? inline.toString() : v), 0, f, style);
            case "str" -> new GridCell(GridCell.Kind.TEXT, SharedStrings.decoded(v), 0, f, style);
            case "d" -> new GridCell(GridCell.Kind.TEXT, v, 0, f, style);
            case "b" -> new GridCell(GridCell.Kind.BOOLEAN, "1".equals(v.strip()) ? "TRUE" : "FALSE", 0, f, style);
            case "e" -> new GridCell(GridCell.Kind.ERROR, v, 0, f, style);
            default -> throw new SAXException("Unknown cell type " + type);
        };
    }

    /** A shared formula's followers carry only its id: they show the formula of the cell that defines it. */
    private String formulaText() {
        if (!hasFormula) {
            return null;
        }
        String own = formula.toString();
        if (sharedFormulaId == null) {
            return own;
        }
        if (!own.isEmpty()) {
            sharedFormulas.put(sharedFormulaId, own);
            return own;
        }
        return sharedFormulas.getOrDefault(sharedFormulaId, own);
    }

    private void merge(String reference) throws SAXException {
        if (reference == null) {
            return;
        }
        if (++cells > shape.maxCells()) {
            throw WorkbookLimitReached.onSheet(grid.name(), "max-cells-per-sheet", "has more than "
                    + shape.maxCells() + " cells with a value and merged areas.", "中有值的单元格与合并区域超过 "
                    + shape.maxCells() + " 个，");
        }
        String[] corners = reference.split(":");
        int[] from = CellReferences.parse(corners[0]);
        int[] to = corners.length == 2 ? CellReferences.parse(corners[1]) : from;
        if (from == null || to == null || corners.length > 2) {
            throw new SAXException("Bad merged area " + reference);
        }
        if (from[0] <= to[0] && from[1] <= to[1]) {
            grid.merge(new Span(from[0], to[0], from[1], to[1]));
        }
    }

    private void checkTitle() {
        titleChecked = true;
        if (!grid.anyInFirstRows(shape.titleRows(), shape.title())) {
            throw new NotAForm();
        }
    }

    private static int number(String text) throws SAXException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("Not a whole number: " + text);
        }
    }

    private static double decimal(String text) throws SAXException {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("Not a number: " + text);
        }
    }
}
