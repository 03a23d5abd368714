// Rune decoding and encoding: []rune and string conversions of valid, invalid and surrogate runes.
package main

func main() {
	s := "aé日\U0001F600\xff\xc3(\xed\xa0\x80z"
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	rs := []rune(s)
	println(len(rs), string(rs), len(string(rs)))
	bad := []rune{-1, 0xD800, 0x10FFFF, 0x110000, 'x', 0x7FF, 0x800, 0xFFFF, 0x10000}
	t := string(bad)
	println(len(t))
	for _, b := range []byte(t) {
		print(b, " ")
	}
	println()
	for _, r := range bad {
		print(len(string(r)), " ")
	}
	println(string(rune(-5)) == "\uFFFD", string(rune(0x41)), len(string([]rune{})))
	var big int64 = 1 << 40
	println(string(rune(big)) == "\uFFFD")
}
