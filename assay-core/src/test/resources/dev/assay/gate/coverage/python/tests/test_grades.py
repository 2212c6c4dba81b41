import unittest

from calc.grades import letter, average


class GradesTest(unittest.TestCase):
    def test_letters(self):
        self.assertEqual(letter(95), "A")
        self.assertEqual(letter(80), "B")

    def test_average(self):
        self.assertEqual(average([1, 3]), 2)


if __name__ == "__main__":
    unittest.main()
