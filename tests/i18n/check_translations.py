#!/usr/bin/env python3
"""Fails when a translation is missing, stale or broken.

1. The committed .ts files are in step with the sources: lupdate run on a copy finds no string
   that is new, changed or gone (else: run scripts/update-translations.sh and translate).
2. No entry is unfinished, empty or vanished.
3. Each translation keeps the source's placeholders (%1, %n), HTML tags and access key (&X),
   so no message loses a value, a link or its keyboard shortcut in another language.
"""
import os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
folder = os.path.join(root, 'resources', 'translations')


def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.find('name').text
        for message in context.iter('message'):
            translation = message.find('translation')
            forms = [f.text or '' for f in translation.iter('numerusform')] if message.get('numerus') == 'yes' \
                else [translation.text or '']
            found[(name, message.find('source').text)] = (translation.get('type'), forms)
    return found


placeholders = lambda text: sorted(set(re.findall(r'%(?:\d+|n)', text)))
tags = lambda text: sorted(re.findall(r'</?[a-zA-Z][^>]*>', text))
access_keys = lambda text: [key.lower() for key in re.findall(r'&([A-Za-z0-9])', text.replace('&&', ''))]

problems = []
ts_files = sorted(f for f in os.listdir(folder) if f.endswith('.ts'))
if not ts_files:
    problems.append(f'no .ts files in {folder}')

with tempfile.TemporaryDirectory() as fresh:
    for name in ts_files:
        shutil.copy(os.path.join(folder, name), fresh)
    update = subprocess.run([os.path.join(root, 'scripts', 'update-translations.sh'), fresh],
                            capture_output=True, text=True)
    if update.returncode != 0:
        problems.append('scripts/update-translations.sh failed:\n' + update.stdout + update.stderr)
    for name in ts_files:
        committed, refreshed = messages(os.path.join(folder, name)), messages(os.path.join(fresh, name))
        for key in sorted(set(refreshed) - set(committed)):
            problems.append(f'{name}: [{key[0]}] "{key[1]}" is in the sources but not translated: '
                            'run scripts/update-translations.sh and translate it')
        for key in sorted(set(committed) - set(refreshed)):
            problems.append(f'{name}: [{key[0]}] "{key[1]}" is no longer in the sources: '
                            'run scripts/update-translations.sh')
        for (context, source), (kind, forms) in sorted(committed.items()):
            where = f'{name}: [{context}] "{source}"'
            if kind in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{where} is {kind}')
                continue
            for form in forms:
                if not form.strip():
                    problems.append(f'{where} has an empty translation')
                elif placeholders(form) != placeholders(source):
                    problems.append(f'{where}: placeholders {placeholders(source)} became {placeholders(form)}')
                elif tags(form) != tags(source):
                    problems.append(f'{where}: HTML tags differ in "{form}"')
                elif access_keys(form) != access_keys(source):
                    problems.append(f'{where}: the access key {access_keys(source)} became {access_keys(form)} '
                                    f'in "{form}" (write it as 文字(&X))')

for problem in problems:
    print(problem)
print(f'{len(problems)} problem(s) in {", ".join(ts_files)}')
sys.exit(1 if problems else 0)
