package goj.syntax;

/** Lexical tokens, in gc's order (keywords last, from BREAK to VAR). */
public enum Token {
    EOF("EOF"),
    NAME("name"),
    LITERAL("literal"),
    OPERATOR("op"),
    ASSIGN_OP("op="),
    INC_OP("opop"),
    ASSIGN("="),
    DEFINE(":="),
    ARROW("<-"),
    STAR("*"),
    LPAREN("("),
    LBRACK("["),
    LBRACE("{"),
    RPAREN(")"),
    RBRACK("]"),
    RBRACE("}"),
    COMMA(","),
    SEMI(";"),
    COLON(":"),
    DOT("."),
    DOTDOTDOT("..."),
    BREAK("break"),
    CASE("case"),
    CHAN("chan"),
    CONST("const"),
    CONTINUE("continue"),
    DEFAULT("default"),
    DEFER("defer"),
    ELSE("else"),
    FALLTHROUGH("fallthrough"),
    FOR("for"),
    FUNC("func"),
    GO("go"),
    GOTO("goto"),
    IF("if"),
    IMPORT("import"),
    INTERFACE("interface"),
    MAP("map"),
    PACKAGE("package"),
    RANGE("range"),
    RETURN("return"),
    SELECT("select"),
    STRUCT("struct"),
    SWITCH("switch"),
    TYPE("type"),
    VAR("var");

    private final String text;

    Token(String text) { this.text = text; }

    /** The token's spelling (keywords, punctuation) or class name ("name", "literal", "op"...). */
    public String text() { return text; }

    public boolean isKeyword() { return ordinal() >= BREAK.ordinal(); }

    /** The token as gc names it in "unexpected X, expected Y" messages. */
    public String describe() {
        return switch (this) {
            case COMMA -> "comma";
            case SEMI -> "semicolon or newline";
            default -> isKeyword() ? "keyword " + text : text;
        };
    }

    @Override public String toString() { return text; }
}
