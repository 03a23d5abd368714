package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	a := "go"
	b := repeat(a, 3)
	println(b, len(b), b == "gogogo", b != "x", "abc" < "abd", "" < "a")
	print("no newline", 1, 2, "\n")
	println(`raw\n`, "tab\tx", "\u00e9\U0001F600", '\x41', 'é')
}
