"""``@record``: a frozen data class built without compiling code at import time.

``@dataclass(frozen=True)`` writes the source of six methods per class and compiles each
one when the module is imported: for the directory's record types that is most of the
time it takes to import them, on the way to showing help. ``@record`` gives the same
behaviour from shared, ready-made methods instead:

- a keyword-or-positional ``__init__`` over the annotated fields, in order, with their
  class-level defaults (type checkers see it through ``dataclass_transform``);
- ``==`` and ``hash`` over every field (records of one class only), and a readable repr;
- frozen: setting or deleting an attribute raises :class:`FrozenRecordError`;
- :func:`replace` (a copy with some fields changed) and :func:`fields`.

Defaults must be immutable values (there is no ``default_factory``); fields are the
class's own annotations (no inheritance between records).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

_R = TypeVar("_R")
_MISSING: Any = object()
_FIELDS = "__record_fields__"
_DEFAULTS = "__record_defaults__"


class FrozenRecordError(AttributeError):
    """A record's fields cannot be changed (make a new one with :func:`replace`)."""


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    names: tuple[str, ...] = self.__record_fields__
    values = self.__dict__
    given = len(args)
    if given > len(names):
        raise TypeError(
            f"{type(self).__name__}() takes {len(names)} positional arguments"
            f" but {given} were given"
        )
    if given:
        for name in names[:given]:
            if name in kwargs:
                raise TypeError(f"{type(self).__name__}() got multiple values for {name!r}")
        values.update(zip(names, args, strict=False))  # the first fields, by position
        if given == len(names) and not kwargs:
            return
    defaults: dict[str, Any] = self.__record_defaults__
    used = 0
    for name in names[given:]:  # in field order, so vars() and repr list them in order
        if name in kwargs:
            values[name] = kwargs[name]
            used += 1
        else:
            default = defaults.get(name, _MISSING)
            if default is _MISSING:
                raise TypeError(f"{type(self).__name__}() missing argument {name!r}")
            values[name] = default
    if used != len(kwargs):
        unknown = sorted(set(kwargs) - set(names))
        raise TypeError(f"{type(self).__name__}() got unexpected arguments {unknown}")


def _eq(self: Any, other: object) -> object:
    if other.__class__ is self.__class__:
        return self.__dict__ == other.__dict__
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(tuple(self.__dict__.values()))  # fields in order: set so by __init__


def _repr(self: Any) -> str:
    inner = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
    return f"{type(self).__qualname__}({inner})"


def _setattr(self: Any, name: str, value: object) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True)
def record(cls: type[_R]) -> type[_R]:
    """Make ``cls`` a frozen record of its annotated fields (see the module text)."""
    names = tuple(cls.__annotations__)  # its own (Python 3.10+), in order; not evaluated
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    seen_default = False
    for name in names:
        if name in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one")
    methods: dict[str, Callable[..., Any] | object] = {
        _FIELDS: names,
        _DEFAULTS: defaults,
        "__init__": _init,
        "__eq__": _eq,
        "__hash__": _hash,
        "__repr__": _repr,
        "__setattr__": _setattr,
        "__delattr__": _delattr,
        "__match_args__": names,
    }
    for attribute, value in methods.items():
        type.__setattr__(cls, attribute, value)
    return cls


def fields(obj: object) -> tuple[str, ...]:
    """The field names of a record (or record class), in order."""
    names = getattr(obj, _FIELDS, None)
    if names is None:
        raise TypeError(f"{obj!r} is not a record")
    return tuple(names)


def replace(obj: _R, /, **changes: Any) -> _R:
    """A copy of the record ``obj`` with ``changes`` made (checked like the constructor)."""
    values = dict(obj.__dict__)
    unknown = changes.keys() - values.keys()
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no fields {sorted(unknown)}")
    values.update(changes)
    return type(obj)(**values)
