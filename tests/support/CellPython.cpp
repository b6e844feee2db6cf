#include "CellPython.h"

#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace colab::test {

QString cellLoader()
{
    return QStringLiteral(
        "import ast, sys\n"
        "tree = ast.parse(sys.stdin.read())\n"
        "assert [type(node).__name__ for node in tree.body] == ['FunctionDef', 'Expr'], 'one def, one call'\n"
        "call = tree.body[1].value\n"
        "values = {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}\n"
        "namespace = {}\n"
        "exec(compile(ast.Module(body=tree.body[:1], type_ignores=[]), 'cell', 'exec'), namespace)\n"
        "def load(**overrides):\n"
        "    return namespace[call.func.id](**dict(values, **overrides), setup=False)\n"
        "cell = load()\n");
}

QJsonObject cellValues(const QByteArray& cell)
{
    const auto result = runProcess(QStringLiteral("python3"),
                                   {QStringLiteral("-c"), cellLoader() + QStringLiteral("import json\n"
                                                                                        "print(json.dumps(values))\n")},
                                   cell);
    if (result.exitCode != 0) // every check on the values then fails, saying why
        return QJsonObject{{QStringLiteral("python error"), QString::fromUtf8(result.err)}};
    return QJsonDocument::fromJson(result.out).object();
}

QStringList cellGlobals(const QByteArray& cell)
{
    static const QString script = QStringLiteral("import ast, json, sys\n"
                                                 "tree = ast.parse(sys.stdin.read())\n"
                                                 "names = set()\n"
                                                 "class ModuleScope(ast.NodeVisitor):\n"
                                                 "    def visit_FunctionDef(self, node):\n"
                                                 "        names.add(node.name)  # its body is its own scope\n"
                                                 "    visit_AsyncFunctionDef = visit_ClassDef = visit_FunctionDef\n"
                                                 "    def visit_Lambda(self, node):\n"
                                                 "        pass\n"
                                                 "    def visit_Name(self, node):\n"
                                                 "        if isinstance(node.ctx, (ast.Store, ast.Del)):\n"
                                                 "            names.add(node.id)\n"
                                                 "    def visit_alias(self, node):\n"
                                                 "        names.add((node.asname or node.name).split('.')[0])\n"
                                                 "ModuleScope().visit(tree)\n"
                                                 "for node in ast.walk(tree):\n"
                                                 "    if isinstance(node, ast.Global):\n"
                                                 "        names.update(node.names)\n"
                                                 "print(json.dumps(sorted(names)))\n");
    const auto result = runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), script}, cell);
    if (result.exitCode != 0)
        return {QStringLiteral("python error: ") + QString::fromUtf8(result.err)};
    QStringList names;
    for (const QJsonValue& name : QJsonDocument::fromJson(result.out).array())
        names << name.toString();
    return names;
}

} // namespace colab::test
