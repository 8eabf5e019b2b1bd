"""Domain errors. Each message is one line a fact-checker can act on."""


class ClaimsError(Exception):
    """Base class: the command line prints the message on stderr and exits 1."""


class NotFoundError(ClaimsError):
    pass


class InvalidInputError(ClaimsError):
    pass


class StaleClaimError(ClaimsError):
    """Someone else changed the claim since it was loaded."""


class DatabaseError(ClaimsError):
    pass
