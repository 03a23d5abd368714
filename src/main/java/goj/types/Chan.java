package goj.types;

/** {@code chan T}, {@code chan<- T} (send only) or {@code <-chan T} (receive only). */
public record Chan(goj.syntax.ChanDir dir, Type elem) implements Type {
    public boolean canSend() { return dir != goj.syntax.ChanDir.RECV; }
    public boolean canRecv() { return dir != goj.syntax.ChanDir.SEND; }

    @Override public String toString() {
        return switch (dir) {
            case BOTH -> "chan " + (elem instanceof Chan c && c.dir == goj.syntax.ChanDir.RECV ? "(" + elem + ")" : elem);
            case SEND -> "chan<- " + elem;
            case RECV -> "<-chan " + elem;
        };
    }
}
