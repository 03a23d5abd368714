// String concatenation chains (copied once), with empty operands, named string types, a chain
// whose parts are used elsewhere, and a chain across a call.
package main

type name string

func id(s string) string { return s }

func main() {
	a, b, e := "héllo", "wörld", ""
	s := a + ", " + b + "!" + e
	println(s, len(s))
	t := e + e + e
	println(t == "", len(t))
	mid := a + b
	u := mid + "|" + mid + "|" + id(a+"-"+b)
	println(u, mid)
	var n name = "go"
	m := n + "-" + n + name(a)
	println(m)
	line := ""
	for j := 0; j < 5; j++ {
		line += string(rune('a'+j)) + "-" + id(b[:j]) + " "
	}
	println(line)
	x := "x"
	y := x + x
	z := y + (x + (y + x)) + ("" + "")
	println(z, len(z))
}
