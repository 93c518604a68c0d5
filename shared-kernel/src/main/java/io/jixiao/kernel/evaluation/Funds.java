package io.jixiao.kernel.evaluation;

/** The funds table: the total row and its three sources, all in 元. */
public record Funds(FundLine total, FundLine currentYearAppropriation, FundLine carryover, FundLine other) {
    public static final Funds BLANK = new Funds(FundLine.BLANK, FundLine.BLANK, FundLine.BLANK, FundLine.BLANK);

    public Funds {
        total = total == null ? FundLine.BLANK : total;
        currentYearAppropriation = currentYearAppropriation == null ? FundLine.BLANK : currentYearAppropriation;
        carryover = carryover == null ? FundLine.BLANK : carryover;
        other = other == null ? FundLine.BLANK : other;
    }

    public FundLine line(FundSource source) {
        return switch (source) {
            case TOTAL -> total;
            case CURRENT_YEAR_APPROPRIATION -> currentYearAppropriation;
            case CARRYOVER -> carryover;
            case OTHER -> other;
        };
    }

    public Funds with(FundSource source, FundLine line) {
        return switch (source) {
            case TOTAL -> new Funds(line, currentYearAppropriation, carryover, other);
            case CURRENT_YEAR_APPROPRIATION -> new Funds(total, line, carryover, other);
            case CARRYOVER -> new Funds(total, currentYearAppropriation, line, other);
            case OTHER -> new Funds(total, currentYearAppropriation, carryover, line);
        };
    }
}
