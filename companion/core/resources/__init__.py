"""The offline directory of crisis lines, emergency numbers and other resources."""
