package goj.syntax;

/** Operators of {@link Operation} and {@link AssignStmt}, with gc's binary precedences. */
public enum Operator {
    DEF(":", 0),   // := in AssignStmt
    NOT("!", 0),
    RECV("<-", 0),
    TILDE("~", 0),
    OROR("||", 1),
    ANDAND("&&", 2),
    EQL("==", 3),
    NEQ("!=", 3),
    LSS("<", 3),
    LEQ("<=", 3),
    GTR(">", 3),
    GEQ(">=", 3),
    ADD("+", 4),
    SUB("-", 4),
    OR("|", 4),
    XOR("^", 4),
    MUL("*", 5),
    DIV("/", 5),
    REM("%", 5),
    AND("&", 5),
    ANDNOT("&^", 5),
    SHL("<<", 5),
    SHR(">>", 5);

    public static final int PREC_OROR = 1, PREC_ANDAND = 2, PREC_CMP = 3, PREC_ADD = 4, PREC_MUL = 5;

    private final String text;
    private final int prec;

    Operator(String text, int prec) { this.text = text; this.prec = prec; }

    public String text() { return text; }

    /** Binary precedence (1..5), 0 for unary-only operators. */
    public int prec() { return prec; }

    @Override public String toString() { return text; }
}
