package goj.types;

/** A Go package: its import path, name and package-level scope. */
public final class Package {
    private final String path;
    private final String name;
    private final Scope scope = new Scope(Universe.SCOPE);
    /** The checker that checked (or checks) this package: generic instances made elsewhere are checked in its scopes. */
    Checker checker;

    public Package(String path, String name) {
        this.path = path;
        this.name = name;
    }

    public String path() { return path; }
    public String name() { return name; }
    public Scope scope() { return scope; }

    @Override public String toString() { return "package " + name + " (\"" + path + "\")"; }
}
