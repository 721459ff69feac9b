package org.framebench.releng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model code of {@code org.framebench.model} into {@code src-gen/} from
 * {@code model/framebench.genmodel}, with no IDE. Mode {@code write} regenerates in place; mode
 * {@code check} generates into a scratch copy and fails if the committed {@code src-gen/} differs.
 */
public final class ModelGenerator {

    private static final String PROJECT = "org.framebench.model";

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("write", "check").contains(args[1])) {
            System.err.println("usage: ModelGenerator <path to org.framebench.model> write|check");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        boolean check = args[1].equals("check");
        Path project = bundle;
        if (check) {
            // Generate into a scratch project holding only the model, then compare with src-gen.
            project = Files.createTempDirectory("framebench-gen");
            Files.createDirectories(project.resolve("model"));
            for (String f : List.of("framebench.ecore", "framebench.genmodel")) {
                Files.copy(bundle.resolve("model").resolve(f), project.resolve("model").resolve(f));
            }
        }
        generate(project);
        if (check) {
            List<String> differences = compare(bundle.resolve("src-gen"), project.resolve("src-gen"));
            if (!differences.isEmpty()) {
                System.err.println("src-gen/ is stale against model/framebench.ecore; regenerate with:");
                System.err.println("  ./mvnw -f releng/org.framebench.model.generator -q compile exec:java");
                differences.forEach(d -> System.err.println("  " + d));
                System.exit(1);
            }
            System.out.println("src-gen/ is up to date with model/framebench.genmodel");
        }
    }

    private static void generate(Path project) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        URI projectUri = URI.createFileURI(project.toString() + "/");
        EcorePlugin.getPlatformResourceMap().put(PROJECT, projectUri);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        resourceSet.getURIConverter().getURIMap()
                .put(URI.createPlatformResourceURI("/" + PROJECT + "/", false), projectUri);
        Resource resource = resourceSet.getResource(
                URI.createPlatformResourceURI("/" + PROJECT + "/model/framebench.genmodel", true), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        org.eclipse.core.runtime.IStatus validation = genModel.validate();
        if (validation.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) {
            System.err.println("the genmodel is invalid: " + validation);
            System.exit(1);
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                new GeneratorAdapterFactory.Descriptor() {
                    @Override
                    public GeneratorAdapterFactory createAdapterFactory() {
                        return new JavaOnlyAdapterFactory();
                    }
                });
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        failOnError("code generation failed", result);
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        // The generator prints stack traces and carries on: its Diagnostic is the only reliable signal.
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            System.err.println(what + ": " + diagnostic);
            System.exit(1);
        }
    }

    private static List<String> compare(Path committed, Path fresh) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        files.addAll(list(committed));
        files.addAll(list(fresh));
        List<String> differences = new ArrayList<>();
        for (Path relative : files) {
            Path a = committed.resolve(relative);
            Path b = fresh.resolve(relative);
            if (!Files.exists(a)) {
                differences.add("missing: src-gen/" + relative);
            } else if (!Files.exists(b)) {
                differences.add("not generated any more: src-gen/" + relative);
            } else if (Files.mismatch(a, b) != -1) {
                differences.add("differs: src-gen/" + relative);
            }
        }
        return differences;
    }

    private static List<Path> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).toList();
        }
    }

    /** Keeps the generator to Java: no plugin.xml, plugin.properties, build.properties or MANIFEST. */
    private static final class JavaOnlyAdapterFactory extends GenModelGeneratorAdapterFactory {
        @Override
        public org.eclipse.emf.common.notify.Adapter createGenModelAdapter() {
            if (genModelGeneratorAdapter == null) {
                genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                    @Override
                    protected void generateModelPluginClass(GenModel genModel, org.eclipse.emf.common.util.Monitor monitor) { }

                    @Override
                    protected void generateModelManifest(GenModel genModel, org.eclipse.emf.common.util.Monitor monitor) { }

                    @Override
                    protected void generateModelModule(GenModel genModel, org.eclipse.emf.common.util.Monitor monitor) { }

                    @Override
                    protected void generateModelPluginProperties(GenModel genModel, org.eclipse.emf.common.util.Monitor monitor) { }

                    @Override
                    protected void generateModelBuildProperties(GenModel genModel, org.eclipse.emf.common.util.Monitor monitor) { }
                };
            }
            return genModelGeneratorAdapter;
        }
    }
}
