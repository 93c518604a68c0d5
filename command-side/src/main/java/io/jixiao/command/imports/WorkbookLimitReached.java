package io.jixiao.command.imports;

/**
 * A workbook went over one of the {@link WorkbookLimits}: reading stops at once, and the file is refused with this
 * one problem, naming the limit (its property) and the sheet.
 */
final class WorkbookLimitReached extends RuntimeException {
    private final String sheet;
    private final String messageZh;

    WorkbookLimitReached(String sheet, String property, String message, String messageZh) {
        super(message + (property == null ? " The file was not imported."
                : " The file was not imported (limit " + WorkbookLimits.PREFIX + property + ")."), null, false, false);
        this.sheet = sheet;
        this.messageZh = messageZh + (property == null ? "文件未导入。"
                : "文件未导入（限制 " + WorkbookLimits.PREFIX + property + "）。");
    }

    /** {@code property} is null for a limit that is Excel's own, not ours to configure. */
    static WorkbookLimitReached onSheet(String sheet, String property, String message, String messageZh) {
        return new WorkbookLimitReached(sheet, property, "The sheet \"" + sheet + "\" " + message,
                "工作表“" + sheet + "”" + messageZh);
    }

    /** {@code property} is null for a limit that is Excel's own, not ours to configure. */
    static WorkbookLimitReached ofWorkbook(String property, String message, String messageZh) {
        return new WorkbookLimitReached(null, property, "The workbook " + message, "工作簿" + messageZh);
    }

    /** The sheet it happened on; null for the workbook as a whole. */
    String sheet() {
        return sheet;
    }

    String messageZh() {
        return messageZh;
    }
}
