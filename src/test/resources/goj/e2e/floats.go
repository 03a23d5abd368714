package main

func main() {
	println(1.5, 1e6, 123456.0, 1234567.0, 0.0001, 0.00001, 1e21, -2.5e-10, 100.0)
	var f float32 = 0.1
	println(f, f*3, len("héllo"), "héllo")
	var x float64 = 1
	println(x/3, -x*0)
}
