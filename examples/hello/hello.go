// Hello world for goj: the print builtins need no standard library.
package main

func greeting(name string) string {
	return "hello, " + name
}

func main() {
	println(greeting("world"))
}
