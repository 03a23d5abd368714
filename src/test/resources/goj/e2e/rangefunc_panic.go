// exit 2
package main

func it(yield func(int) bool) {
	yield(1)
}

func main() {
	for x := range it {
		var a []int
		println(a[x])
	}
}
