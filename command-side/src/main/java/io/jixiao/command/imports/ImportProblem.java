package io.jixiao.command.imports;

/**
 * Why (part of) a form could not be taken from a file: where ({@code row} 1-based and {@code column} a letter for
 * Excel; a line number in {@code row} for text; null where the problem is the whole form) and what, in English
 * and Chinese.
 */
public record ImportProblem(String form, Integer row, String column, String message, String messageZh) {
}
