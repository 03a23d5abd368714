// exit 2
// Indexing strings in loops (bounds provably in range or not) and an index out of range.
package main

func main() {
	s := "héllo, wörld"
	h := uint32(2166136261)
	for k := 0; k < len(s); k++ {
		h = (h ^ uint32(s[k])) * 16777619
	}
	println(h)
	n := 0
	for i := range len(s) {
		if i > 0 && s[i-1] == 'l' {
			n++
		}
	}
	println(n)
	t := s[3:]
	for i := len(t) - 1; i >= 0; i-- {
		print(t[i], " ")
	}
	println()
	j := len(s)
	println(s[j-1])
	println(s[j])
}
