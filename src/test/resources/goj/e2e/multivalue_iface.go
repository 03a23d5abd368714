package main

func two() (int, string) { return 7, "s" }

func main() {
	m := map[string]int{"a": 1}
	var x, ok any = m["a"]
	println(x.(int), ok.(bool))
	var p, q any
	p, q = two()
	println(p.(int), q.(string))
	ch := make(chan int, 1)
	ch <- 3
	var r, s interface{} = <-ch
	println(r.(int), s.(bool))
}
